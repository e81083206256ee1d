"""Common first names that tell whether a "he" or a "she" can mean a person.

Coreference only uses them to rule antecedents out ("she" is not "Thomas Sam"), so the lists
hold names that news in English usually gives to one gender only; a name on both lists, or on
neither, rules nothing out. Hand-written, a few hundred names from many languages.
"""

from __future__ import annotations

MALE_NAMES = frozenset("""
aaron abdel abdi abdifatah abdul abdullah abdulrahman abu adam adel ahmad ahmed ajay akbar alan
albert alberto aleksandr alessandro alex alexander alexandre alexei alexey ali alireza amir anatoly
andre andrea andreas andrei andres andrew andrey andrzej andy angelo anthony antonio anwar arnold
arthur ashraf ayman bashar ben benjamin bernard bill bob boris brad brian bruce carl carlos charles
chris christian christopher colin craig dan daniel dario david dennis dimitri dmitri dmitry donald
doug douglas edward emmanuel enrique eric erik evgeny fabio faisal farid fernando francesco francis
francisco frank franz fred frederick gabriel gary george georgi gerhard giorgio giovanni giuseppe
gordon graham greg gregory gustavo hamid hamdullah hans harold harry hassan heinz henry hiroshi hossein
hugo hussein ian ibrahim igor imran ismail ivan jack jacob jacques jake james jan jason javier jean
jeff jeffrey jeremy jerry jim jimmy joe johann johannes john jonathan jorge jose josef joseph juan
julian jurgen kamal karim karl keith ken kenneth kevin khalid klaus kofi konstantin kurt
larry lars laurent lee leonid liam lorenzo louis luca lucas luis luke mahmoud majid marc marcel
marco marcus mario mark martin matteo matthew max maxim michael michel miguel mikhail mohamed
mohammad mohammed muhammad mustafa nabil narendra nasser nathan neil nicholas nicolas nikolai nikolay
noah oleg oliver omar oscar otto pablo patrick paul pavel pedro peter philip philippe pierre piotr
rafael rahul rajesh ralph ramon randy raul ravi ray raymond recep richard rick robert roberto
rodrigo roger roman ron ronald rudolf ryan said salah salim salman sam samir samuel sanjay sean
sebastian sergei sergey sergio shinzo simon stefan stephen steve steven sunil tariq ted thomas tim
timothy todd tom tomas tony umar valery vasily victor viktor vincent vitaly vladimir walter
william wolfgang xavier yaroslav yasser yevgeny yousef youssef yuri yusuf zoltan
""".split())

FEMALE_NAMES = frozenset("""
abigail adriana agnes aisha alexandra alice alicia alina alison amal amanda amelia amina amy ana
anastasia andrea angela angelina angelique anita ann anna anne annette antonia ashley audrey
barbara beata beatrice benazir brigitte carla carmen carol caroline catherine cecilia charlotte
chloe christina christine claire claudia cristina cynthia daniela deborah denise diana dilma donna
dorothy elaine elena elisabeth elizabeth ella ellen emily emma eva fatima fatma fiona florence
francesca françoise gabriela gabrielle gloria grace hana hannah heather helen helena hilary
hillary ines ingrid irene irina isabel isabella jacqueline jana jane janet jennifer jessica joan
joanna josephine joyce judith julia julie karen karin katarina kate katherine kathryn katrin kelly
kristina laura lauren leila lena linda lisa liz lucia lucy lydia madeleine malala margaret
margarethe maria marie marina marine marta martha mary maryam melanie mercy michelle mila monica
nadia nancy natalia natalya natasha nicola nina nora olga olivia pamela patricia paula pauline
rachel rebecca rania rosa ruth sabine sally samantha sandra sara sarah silvia sofia
sonia sophie stephanie susan suzanne svetlana sylvia tamara tanya teresa theresa tina ursula
valentina vanessa vera veronica victoria viktoria virginia wendy yulia yvonne zainab
zoe
""".split())
