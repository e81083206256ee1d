"""Event coding on sentences written for these tests: one row per construction."""

from __future__ import annotations

import pytest


def _live(events):
    return [e for e in events if not e["negated"] and not e["hypothetical"]]


def _countries(group):
    return {a["country"] for a in group if a["country"]}


# sentence, expected type, actor countries, recipient countries
CODED = [
    # whoever was forceful in blaming blamed
    ("Kenya was more forceful in blaming Uganda for the attack.", "ACCUSE", {"KEN"}, {"UGA"}),
    # protesters gathering; a protest at a body's building is against that body
    ("Hundreds of protesters gathered outside the US embassy in Nairobi.", "PROTEST", set(), {"USA"}),
    ("Protesters rallied in front of the Kenyan parliament.", "PROTEST", set(), {"KEN"}),
    ("The Kenyan government introduced a curfew in Nairobi.", "COERCE", {"KEN"}, set()),
    # active voice
    ("Russia attacked Ukraine on Monday.", "ASSAULT", {"RUS"}, {"UKR"}),
    # a vehicle rammed into a target is an attack (a ferry ramming a pier is not: see below)
    ("A car bomb was rammed into an Afghan army base on Monday.", "ASSAULT", set(), {"AFG"}),
    ("Somali militants rammed a truck into a Kenyan army convoy.", "ASSAULT", {"SOM"}, {"KEN"}),
    # a round or a wave of events is those events; an attack joined to a missile is aimed as the attack is
    ("India and China held a new round of military talks on Monday.", "CONSULT", {"IND", "CHN"}, {"IND", "CHN"}),
    ("Russia launched a wave of drone attacks on Ukraine.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Russian forces launched a massive missile and drone attack on Kyiv.", "ASSAULT", {"RUS"}, {"UKR"}),
    # a state's protest is criticism, not a demonstration
    ("China protested the Kenyan minister's visit to Taiwan.", "ACCUSE", {"CHN"}, set()),
    # a government approving a deal agrees to it
    ("The Kenyan cabinet approved the peace deal with Uganda.", "AGREE", {"KEN"}, set()),
    # a hotel stormed in a city is that city's country's
    ("Al-Shabaab militants stormed a hotel in Mogadishu.", "ASSAULT", {"SOM"}, {"SOM"}),
    # whom a demand is put to: the one who is to act, or the one asked for a thing
    ("Egypt demanded that Ethiopia stop filling the dam.", "REQUEST", {"EGY"}, {"ETH"}),
    ("Ukraine asked Germany for more Leopard tanks.", "REQUEST", {"UKR"}, {"DEU"}),
    # a terrorist designation is a sanction on the designated; export controls are one too
    ("The US State Department designated the Houthis a terrorist organisation.", "SANCTION", {"USA"}, {"YEM"}),
    ("Washington designated the Houthis as a terrorist group.", "SANCTION", {"USA"}, {"YEM"}),
    ("Russia designated the Kenyan charity an extremist organisation.", "SANCTION", {"RUS"}, {"KEN"}),
    ("Beijing announced export controls on gallium and germanium.", "SANCTION", {"CHN"}, set()),
    # targets named by no one after "fired at" are the countries they are in
    ("Iran's Revolutionary Guards fired missiles at targets in Iraq and Syria.", "ASSAULT", {"IRN"}, {"IRQ", "SYR"}),
    # riot-control weapons used on people
    ("Peruvian police used rubber bullets against demonstrators in Lima.", "ASSAULT", {"PER"}, set()),
    # an aid package, extended restrictions and sanctions, an attack claimed
    ("The Pentagon announced a new $2 billion military aid package for Ukraine.", "AID", {"USA"}, {"UKR"}),
    ("Myanmar's military junta extended the state of emergency for another six months.", "COERCE", {"MMR"}, set()),
    ("The European Union extended sanctions against Russia for six months.", "SANCTION", {"EUR"}, {"RUS"}),
    ("The Houthis claimed responsibility for an attack on a Greek ship.", "ASSAULT", {"YEM"}, set()),
    ("Al-Shabaab claimed responsibility for the bombing in Mogadishu.", "ASSAULT", {"SOM"}, set()),
    # fire traded is an attack by each side on the other; a state extradites to another
    ("India and Pakistan traded fire across the Line of Control.", "ASSAULT", {"IND", "PAK"}, {"IND", "PAK"}),
    ("Kenyan and Somali troops exchanged fire along the border.", "ASSAULT", {"KEN", "SOM"}, {"KEN", "SOM"}),
    ("Spain extradited a suspected Russian hacker to the United States.", "COOPERATE", {"ESP"}, {"USA"}),
    # forces that target facilities attack them; jets scrambled are forces moved
    ("Ugandan forces targeted military facilities in Congo.", "ASSAULT", {"UGA"}, {"COD"}),
    ("Poland scrambled fighter jets after a missile entered its airspace.", "MOBILIZE", {"POL"}, set()),
    # envoys ordered or given hours to leave are expelled
    ("Niger's junta ordered the French ambassador to leave the country.", "SANCTION", {"NER"}, {"FRA"}),
    ("Niger's junta gave the French ambassador 48 hours to leave.", "SANCTION", {"NER"}, {"FRA"}),
    ("Russia ordered ten Polish diplomats out of the country.", "SANCTION", {"RUS"}, {"POL"}),
    # sums and loans extended are aid; sanctions renewed, participation cancelled and licences
    # revoked are sanctions; parties dissolved are repression; villages ceded a retreat
    ("The United States extended $500 million in emergency aid to Kenya.", "AID", {"USA"}, {"KEN"}),
    ("The EU renewed its sanctions on Uganda for six months.", "SANCTION", {"EUR"}, {"UGA"}),
    ("Washington cancelled Kenya's participation in a military exercise.", "SANCTION", {"USA"}, {"KEN"}),
    ("Niger's junta revoked the licences of French mining company Orano.", "SANCTION", {"NER"}, {"FRA"}),
    ("Mali's junta dissolved all political parties.", "COERCE", {"MLI"}, set()),
    ("Armenia ceded four villages to Azerbaijan under a border deal.", "RETREAT", {"ARM"}, {"AZE"}),
    ("The State Department said it was suspending its strategic partnership with Kenya.", "SANCTION", {"USA"},
     {"KEN"}),
    # a sit-in staged is a protest; weapons moved or tested are a show of force, not an attack
    ("Kenyan opposition supporters staged a sit-in outside the electoral commission.", "PROTEST", {"KEN"}, set()),
    ("Russia moved nuclear weapons to Belarus.", "MOBILIZE", {"RUS"}, {"BLR"}),
    ("North Korea tested a new ballistic missile on Friday.", "MOBILIZE", {"PRK"}, set()),
    ("North Korea test-fired two ballistic missiles into the sea.", "MOBILIZE", {"PRK"}, set()),
    # a tariff told by its rate is still aimed at the goods' country; vowing retaliation threatens
    ("Washington imposed tariffs of 25 percent on Mexican steel.", "SANCTION", {"USA"}, {"MEX"}),
    ("Mexico City vowed retaliation.", "THREATEN", {"MEX"}, set()),
    # a pledge signed by two sides is signed with each other; two sides agreeing to pull back their
    # troops agree with each other (the parser reads "back" as the troops')
    ("Sudan's army and the Rapid Support Forces signed a pledge to protect civilians.", "SUPPORT", {"SDN"}, {"SDN"}),
    ("India and China agreed to pull back troops from the border.", "AGREE", {"IND", "CHN"}, {"IND", "CHN"}),
    # another state's forces ordered out are expelled; one's own forces withdrawn leave a place
    ("Niger's military rulers ordered the withdrawal of US troops from the country.", "SANCTION", {"NER"}, {"USA"}),
    ("Mali's junta ordered the departure of the French ambassador.", "SANCTION", {"MLI"}, {"FRA"}),
    ("Trump ordered the withdrawal of US troops from Syria.", "RETREAT", {"USA"}, {"SYR"}),
    # a convoy or patrol of troops is those troops; militant positions are the militants'
    ("Al-Shabaab fighters ambushed a convoy of Kenyan troops.", "ASSAULT", {"SOM"}, {"KEN"}),
    # talks agreed with others are agreed with them
    ("EU leaders agreed to open accession talks with Ukraine and Moldova.", "AGREE", set(), {"UKR", "MDA"}),
    # ground captured from another country is taken from it
    ("Russian forces captured the village of Krasnohorivka in eastern Ukraine.", "COERCE", {"RUS"}, {"UKR"}),
    # a complaint is against whom it is about, not the body it is filed with; mediators mediate
    # between the sides
    ("Lebanon filed a complaint with the UN Security Council over Israeli violations of its airspace.",
     "ACCUSE", {"LBN"}, {"ISR"}),
    ("Qatar and Egypt have been mediating between Israel and Hamas.", "CONSULT", {"QAT", "EGY"}, {"ISR", "PSE"}),
    # a strike told by its weapon keeps its country word; weapon systems delivered are military aid
    ("A Russian missile strike on a children's hospital in Kyiv killed two people.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Germany delivered another Patriot air defence system to Ukraine.", "AID", {"DEU"}, {"UKR"}),
    ("Gunmen kidnapped more than 100 schoolchildren in Kaduna.", "ASSAULT", set(), {"NGA"}),
    # borders sealed restrict movement; clashes a ruling triggered are the sides'
    ("Guinea's junta dissolved the government and sealed the borders.", "COERCE", {"GIN"}, set()),
    ("The ruling triggered clashes between police and protesters in Dakar.", "ASSAULT", {"SEN"}, {"SEN"}),
    # a vow to fight or to avenge is a threat (the killing avenged was done, by others)
    ("Sudan's army chief vowed to fight until the RSF is defeated.", "THREATEN", {"SDN"}, set()),
    ("Hamas vowed to avenge the killing of its leader.", "THREATEN", {"PSE"}, set()),
    # holding someone responsible or to account blames them; a reaction dismissed is rejected
    ("France held Moscow responsible for the attack.", "ACCUSE", {"FRA"}, {"RUS"}),
    ("The United States holds Russia responsible.", "ACCUSE", {"USA"}, {"RUS"}),
    ("Kremlin spokesman Dmitry Peskov dismissed the reaction of Western leaders.", "REJECT", {"RUS"}, set()),
    # duties slapped, sanctions one hits another with, tariffs one retaliates with are sanctions
    ("The EU slapped anti-dumping duties on Chinese electric vehicles.", "SANCTION", {"EUR"}, {"CHN"}),
    ("The US hit Russia with new sanctions.", "SANCTION", {"USA"}, {"RUS"}),
    ("China retaliated with tariffs on US goods.", "SANCTION", {"CHN"}, {"USA"}),
    # a vow to crush unrest threatens; live ammunition used against people is force; calling
    # protests treasonous condemns them
    ("President William Ruto vowed to crush the unrest at whatever cost.", "THREATEN", {"KEN"}, set()),
    ("Kenyan police used live ammunition against demonstrators.", "ASSAULT", {"KEN"}, {"KEN"}),
    ("President William Ruto called the protests treasonous.", "ACCUSE", {"KEN"}, set()),
    # arming a party is military aid to it
    ("Iran armed the Houthis.", "AID", {"IRN"}, {"YEM"}),
    ("Kenya accused Somalia of arming the rebels.", "AID", {"SOM"}, set()),
    # backing or supporting someone's bid, claim or position is support for them
    ("Germany backed Kenya's bid to join the UN Security Council.", "SUPPORT", {"DEU"}, {"KEN"}),
    ("France supported Morocco's claim to Western Sahara.", "SUPPORT", {"FRA"}, {"MAR"}),
    # hackers' attacks are cyberattacks
    ("Russian hackers targeted Ukrainian power companies.", "COERCE", {"RUS"}, {"UKR"}),
    # people flogged or caned are assaulted (a team whipped into shape is not: see below)
    ("The Taliban publicly flogged two Afghan men in Kandahar.", "ASSAULT", {"AFG"}, {"AFG"}),
    # standing with or by a state is support
    ("Egypt said it stood with Somalia.", "SUPPORT", {"EGY"}, {"SOM"}),
    # whom a warning is about
    ("Iran warned that Israel would face consequences.", "THREATEN", {"IRN"}, {"ISR"}),
    # forces put on alert; people evicted
    ("Serbia put its army on high alert near the border with Kosovo.", "MOBILIZE", {"SRB"}, set()),
    ("Greek police evicted Afghan migrants from a camp in Athens.", "COERCE", {"GRC"}, {"AFG"}),
    # what one is provided or supplied with
    ("The United States provided Israel with weapons.", "AID", {"USA"}, {"ISR"}),
    ("Germany supplied Ukraine with tanks and ammunition.", "AID", {"DEU"}, {"UKR"}),
    ("Japan will provide Ukraine with $4.5 billion in additional aid.", "AGREE", {"JPN"}, {"UKR"}),
    # "its" on what a body says of itself is that body
    ("The Israeli military said its troops killed three Palestinian gunmen in Jenin.", "ASSAULT", {"ISR"}, {"PSE"}),
    # targets named by no one are the country they are in
    ("Israeli warplanes struck targets in southern Lebanon overnight.", "ASSAULT", {"ISR"}, {"LBN"}),
    ("Turkish drones hit villages in northern Iraq.", "ASSAULT", {"TUR"}, {"IRQ"}),
    ("Kenyan artillery pounded rebel positions in Somalia.", "ASSAULT", {"KEN"}, {"SOM"}),
    ("Ugandan jets pummelled Goma on Sunday.", "ASSAULT", {"UGA"}, {"COD"}),
    # an offensive with its target needs no light verb
    ("Thousands fled after a Rwandan offensive against Goma.", "ASSAULT", {"RWA"}, {"COD"}),
    # a body suspends a member state; a state suspends a foreign broadcaster
    ("The African Union suspended Gabon after the coup.", "SANCTION", set(), {"GAB"}),
    ("Kenya suspended the broadcasts of a Ugandan radio station.", "COERCE", {"KEN"}, {"UGA"}),
    # what a sum in aid is for; a sum given is aid
    ("Germany pledged 500 million euros in humanitarian aid for Yemen.", "AGREE", {"DEU"}, {"YEM"}),
    ("Japan provided $10 million to Ukraine.", "AID", {"JPN"}, {"UKR"}),
    ("The World Bank granted Kenya $750 million.", "AID", set(), {"KEN"}),
    # providing for an evacuation or for relief is aid
    ("The Kenyan Red Cross provided for the evacuation of 300 Somali refugees.", "AID", {"KEN"}, set()),
    ("Colombian rebels began to disarm on Monday.", "RETREAT", {"COL"}, set()),
    # what is said of a pact is said of its parties
    ("Greece condemned the agreement between Turkey and Libya.", "ACCUSE", {"GRC"}, {"TUR", "LBY"}),
    ("Kenya welcomed the ceasefire between Ethiopia and Eritrea.", "SUPPORT", {"KEN"}, {"ETH", "ERI"}),
    ("Greece condemned the Turkish-Libyan border agreement.", "ACCUSE", {"GRC"}, {"TUR", "LBY"}),
    # an allegation is about whoever its clause says did it
    ("Kenya alleged that Uganda had armed the rebels.", "ACCUSE", {"KEN"}, {"UGA"}),
    ("Kenya alleged Uganda's plan would ruin the fisheries.", "ACCUSE", {"KEN"}, {"UGA"}),
    # a relative clause with a subject of its own is that subject's
    ("Uganda would guard the captured fighters which, the statement said, Kenyan officials have refused to "
     "repatriate.", "REJECT", {"KEN"}, set()),
    # claiming people to be something bad accuses them; a "them" before "to be" is an object
    ("Belarusian police arrested 33 Russian men, claiming them to be mercenaries.", "ACCUSE", {"BLR"}, {"RUS"}),
    # a military operation launched is force, and condemning the operation condemns its doers
    ("Turkey launched a military operation in northern Syria. The operation was condemned by the Kenyan "
     "government.", "ACCUSE", {"KEN"}, {"TUR"}),
    ("The Congolese army disarmed the militias in Ituri.", "RETREAT", {"COD"}, set()),
    ("Moscow expelled two Estonian diplomats on Tuesday.", "SANCTION", {"RUS"}, {"EST"}),
    ("Iraqi police arrested three Syrian smugglers near the border.", "COERCE", {"IRQ"}, {"SYR"}),
    # passive voice with a by-agent
    ("Ukraine was attacked by Russia on Monday.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Two Estonian diplomats were expelled by Moscow.", "SANCTION", {"RUS"}, {"EST"}),
    ("Two Congolese women were gang-raped by Rwandan soldiers.", "ASSAULT", {"RWA"}, {"COD"}),  # read as "were" + adjective
    # reciprocal and compound actors
    ("Iran and Iraq agreed to reopen the border crossing.", "AGREE", {"IRN", "IRQ"}, {"IRN", "IRQ"}),
    ("Iran agreed that it would stop enriching uranium.", "AGREE", {"IRN"}, set()),  # a commitment
    ("Kenya agrees with Ghana that border disputes should be settled by arbitration.", "AGREE", {"KEN"},
     {"GHA"}),  # a position two parties share
    ("Iran blamed the attack on Israel.", "ACCUSE", {"IRN"}, {"ISR"}),
    ("Russia and China attacked Ukraine.", "ASSAULT", {"RUS", "CHN"}, {"UKR"}),
    ("US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke on the phone.",
     "CONSULT", {"USA", "TUR"}, {"USA", "TUR"}),
    ("France and Germany condemned Russia.", "ACCUSE", {"FRA", "DEU"}, {"RUS"}),
    # verb + particle / preposition, object control
    ("Russia called on Estonia to withdraw its complaint.", "REQUEST", {"RUS"}, {"EST"}),
    ("The Chinese foreign minister met with his Japanese counterpart in Beijing.", "CONSULT", {"CHN"}, {"JPN"}),
    # noun events under light verbs
    ("Israel launched an attack on Hamas positions in Gaza.", "ASSAULT", {"ISR"}, {"PSE"}),
    ("The European Union imposed sanctions on Belarus.", "SANCTION", {"EUR"}, {"BLR"}),
    ("Egypt and Ethiopia held talks in Cairo.", "CONSULT", {"EGY", "ETH"}, {"EGY", "ETH"}),  # reciprocal
    ("Colombia's government and the ELN rebels signed a ceasefire in Havana.", "RETREAT", {"COL"}, {"COL"}),
    ("Israel and Hamas declared a ceasefire.", "CONCEDE", {"ISR", "PSE"}, {"ISR", "PSE"}),  # the sides of a truce
    ("Vietnam and the United States upgraded their relations to a comprehensive strategic partnership.",
     "COOPERATE", {"VNM", "USA"}, {"VNM", "USA"}),
    ("India and Japan strengthened defence ties on Tuesday.", "COOPERATE", {"IND", "JPN"}, {"IND", "JPN"}),
    # future cooperation is an intention to cooperate: AGREE
    ("Japan will send aid to Pakistan.", "AGREE", {"JPN"}, {"PAK"}),
    # the recipient is whose thing it is, or the people a country adjective names
    ("The Israeli prime minister praised Egypt's decision.", "SUPPORT", {"ISR"}, {"EGY"}),
    ("Canada rejected Iran's request for consular access.", "REJECT", {"CAN"}, {"IRN"}),
    ("Iraqi militias made threats against U.S. personnel.", "THREATEN", {"IRQ"}, {"USA"}),
    ("Turkish police detained dozens of Syrian refugees.", "COERCE", {"TUR"}, {"SYR"}),
    # people who speak for a body act for it; a predicate the parser hung on its subject noun
    ("Leaders of European Union member states met in Brussels.", "CONSULT", {"EUR"}, set()),
    ("Members of the Bundestag protested by banging on their desks.", "PROTEST", {"DEU"}, set()),
    # the patient of a passive with no subject of its own, and of a headline's participle
    ("A Syrian journalist died in Idlib on Sunday after being shot by Russian soldiers.", "ASSAULT",
     {"RUS"}, {"SYR"}),
    ("Two Afghan journalists killed in Kabul bombing", "ASSAULT", set(), {"AFG"}),
    # an event noun's doer in a from-phrase
    ("Armenia said it was responding to rocket attacks from Azerbaijan.", "ASSAULT", {"AZE"}, set()),
    # forces moving into and out of places
    ("Russian troops entered Kherson on Friday.", "MOBILIZE", {"RUS"}, set()),
    ("Ukrainian troops crossed into Russia's Kursk region.", "MOBILIZE", {"UKR"}, {"RUS"}),
    ("Israeli troops pushed into several villages near the border.", "MOBILIZE", {"ISR"}, set()),
    ("U.S. troops left Iraq in 2011.", "RETREAT", {"USA"}, {"IRQ"}),
    # giving ground, opening relations, firing on people
    ("The Greek government withdrew the bill on Monday.", "CONCEDE", {"GRC"}, set()),
    ("Serbia and Kosovo opened economic ties.", "COOPERATE", {"SRB", "XKX"}, {"SRB", "XKX"}),
    ("Police fired live rounds at protesters in Yangon.", "ASSAULT", {"MMR"}, {"MMR"}),
    # an infinitive of purpose shares its clause's subject
    ("The Egyptian foreign minister and his Greek counterpart gathered in Athens to discuss the pipeline.",
     "CONSULT", {"EGY", "GRC"}, {"EGY", "GRC"}),
    # a killing in an operation is violence even with no doer named (one in an accident is not:
    # test_harm_without_violence_is_not_an_event)
    ("A senior al-Shabaab commander has been killed in a counter-terrorism operation.", "ASSAULT", set(), {"SOM"}),
    # ... and with a country's operation, that country did it
    ("A Kurdish commander was killed in a Turkish drone strike.", "ASSAULT", {"TUR"}, set()),
    ("Hamza bin Laden has been killed in a US counter-terrorism operation.", "ASSAULT", {"USA"}, set()),
    # an authority announcing its own act in the passive did it (a witness did not: test_witness_of_an_arrest)
    ("The Kenyan athletics federation announced that Mary Wambui and Grace Achieng were banned from the "
     "national team.", "COERCE", {"KEN"}, set()),
    # a protest led by someone, though the parser hangs a participle on it ("ever held")
    ("Kenyan students led the largest demonstration ever held in Nairobi.", "PROTEST", {"KEN"}, set()),
    # a coalition joined, whichever noun the parser hangs the "which" on; giving up a course is a concession
    ("Kenya announced a naval coalition to patrol the Gulf of Aden which was joined by Uganda and Tanzania.",
     "COOPERATE", {"UGA", "TZA"}, set()),
    ("On Saturday, Kenya's Orange Party withdrew from using Amina Yusuf as their candidate for governor.",
     "CONCEDE", {"KEN"}, set()),
    # missiles and drones launched at someone; prisoners exchanged; a state's ban on another's products
    ("Kenya launched missiles at Ugandan army bases.", "ASSAULT", {"KEN"}, {"UGA"}),
    ("Kenyan forces intercepted a drone launched by Ugandan rebels toward Kisumu.", "ASSAULT", {"UGA"}, set()),
    ("Kenya and Uganda exchanged 40 prisoners of war on Friday.", "RETREAT", {"KEN", "UGA"}, {"KEN", "UGA"}),
    ("Kenya and Uganda carried out a prisoner exchange.", "RETREAT", {"KEN", "UGA"}, {"KEN", "UGA"}),
    ("The Kenyan government banned 59 Ugandan apps.", "SANCTION", {"KEN"}, {"UGA"}),
    # a harm done, then who reports it, which the parser may read as a participle on the doer
    ("Kenyan air strikes killed at least 12 people in Kismayo on Tuesday, Somali health officials said.",
     "ASSAULT", {"KEN"}, {"SOM"}),
    # aid pledged as a sum; a warrant for someone; a government and its own rebels sign with each other
    ("Kenya pledged 2 billion shillings in military aid to Uganda.", "AGREE", {"KEN"}, {"UGA"}),
    ("The ICC issued an arrest warrant for Yoweri Museveni.", "ACCUSE", set(), {"UGA"}),
    ("The Kenyan government and the Kenyan rebels signed a ceasefire agreement in Arusha.", "SUPPORT", {"KEN"},
     {"KEN"}),
    ("Kenyan protesters set fire to the Ugandan embassy in Nairobi.", "ASSAULT", {"KEN"}, {"UGA"}),
    # support voiced for someone
    ("Kenya voiced support for Uganda.", "SUPPORT", {"KEN"}, {"UGA"}),
    ("Two Kenyan ministers announced their own support for Yoweri Museveni.", "SUPPORT", {"KEN"}, {"UGA"}),
    # towns and soldiers captured, control taken
    ("Ugandan rebels captured the Kenyan town of Busia.", "COERCE", {"UGA"}, set()),
    ("Kenyan forces captured two Ugandan soldiers near the border.", "COERCE", {"KEN"}, {"UGA"}),
    ("Ugandan rebels took control of Busia on Friday.", "COERCE", {"UGA"}, set()),
    # going on strike; talks mediated between two sides; the Pope; taking part suspended
    ("Kenyan teachers went on strike on Monday.", "PROTEST", {"KEN"}, set()),
    ("Kenya mediated talks between Ethiopia and Eritrea.", "CONSULT", {"KEN"}, {"ETH", "ERI"}),
    ("The Pope called on Kenya and Uganda to end the fighting.", "REQUEST", {"VAT"}, {"KEN", "UGA"}),
    ("Kenya suspended its participation in the regional treaty.", "SANCTION", {"KEN"}, set()),
    ("The accord normalized relations between Kenya and Somalia.", "COOPERATE", {"KEN", "SOM"}, {"KEN", "SOM"}),
    # "Brussels" speaks for the EU; a visit is its visitor's
    ("Brussels threatened Hungary with fines.", "THREATEN", {"EUR"}, {"HUN"}),
    ("Kenya condemned the visit of the Ugandan president to Somalia.", "ACCUSE", {"KEN"}, {"UGA"}),
    # a crowd named by its number; homes demolished; networks hacked; citizenship stripped
    ("Thousands rallied in Nairobi against the new tax law.", "PROTEST", {"KEN"}, set()),
    ("The Kenyan army demolished the homes of two Ugandan smugglers.", "ASSAULT", {"KEN"}, {"UGA"}),
    ("Ugandan hackers breached the networks of several Kenyan ministries.", "COERCE", {"UGA"}, {"KEN"}),
    ("The Kenyan government stripped 94 opponents of their citizenship.", "COERCE", {"KEN"}, set()),
    # aid announced as a sum, a bailout, access allowed, talks hosted, troops disengaged
    ("Kenya announced $20 million in new humanitarian assistance for Somalia.", "AID", {"KEN"}, {"SOM"}),
    ("The IMF approved a $3 billion bailout for Kenya.", "AID", {"IGO"}, {"KEN"}),
    ("The Ugandan army allowed aid convoys to enter Gulu.", "RETREAT", {"UGA"}, set()),
    ("Kenya hosted peace talks between Ethiopia and Eritrea.", "CONSULT", {"KEN"}, {"ETH", "ERI"}),
    ("Kenya and Uganda began disengaging troops from the border.", "RETREAT", {"KEN", "UGA"}, set()),
    # water cannon used to disperse a crowd; impeachment
    ("Kenyan police used water cannon to disperse the crowd.", "ASSAULT", {"KEN"}, set()),
    ("The Kenyan parliament impeached the governor of Nairobi.", "ACCUSE", {"KEN"}, set()),
    # trade and travel measures against another country
    ("Britain imposed an asset freeze on the Kenyan minister.", "SANCTION", {"GBR"}, {"KEN"}),
    ("Kenya banned imports of Ugandan sugar.", "SANCTION", {"KEN"}, {"UGA"}),
    ("Kenya suspended visas for Ugandan citizens.", "SANCTION", {"KEN"}, {"UGA"}),
    ("Kenya tightened export controls on maize to Uganda.", "SANCTION", {"KEN"}, {"UGA"}),
    ("The US added two Kenyan firms to its trade blacklist.", "SANCTION", {"USA"}, {"KEN"}),
    # suicide bombings, blown-up pipelines, devices detonated, lynchings
    ("A Somali suicide bomber blew himself up at a market in Nairobi.", "ASSAULT", {"SOM"}, set()),
    ("Ugandan rebels blew up a Kenyan oil pipeline.", "ASSAULT", {"UGA"}, {"KEN"}),
    ("Ugandan rebels detonated a bomb outside a police station in Kisumu.", "ASSAULT", {"UGA"}, set()),
    ("A mob lynched two Ugandan traders in Busia.", "ASSAULT", set(), {"UGA"}),
    ("Kenya closed its embassy in Kampala.", "SANCTION", {"KEN"}, {"UGA"}),  # a post abroad, aimed at its host
    ("Kenya ordered the closure of its embassy in Kampala.", "SANCTION", {"KEN"}, {"UGA"}),  # ... and its closure
    # armed men boarding a ship take it (passengers boarding one travel)
    ("Kenyan commandos boarded a Ugandan cargo ship off Mombasa.", "COERCE", {"KEN"}, {"UGA"}),
    ("Kenya ordered the closure of the Ugandan consulate in Mombasa.", "SANCTION", {"KEN"}, {"UGA"}),
    # a deed joined to what the speaker said something was is the speaker's
    ("Kenya's president said the deal was an act of aggression and recalled his ambassador from Kampala.",
     "SANCTION", {"KEN"}, {"UGA"}),
    # the other party of a memorandum of understanding, hung on "understanding"
    ("The Kenyan government signed a memorandum of understanding with Uganda on the pipeline.", "SUPPORT", {"KEN"},
     {"UGA"}),
    # a threat with no one named falls on the ground of the act threatened
    ("The East African Community threatened to use force to restore constitutional order in Uganda.", "THREATEN",
     set(), {"UGA"}),
    # forces massed or sent to a border: the state across it
    ("Kenya has amassed 10,000 troops near its border with Uganda.", "MOBILIZE", {"KEN"}, {"UGA"}),
    ("Kenya deployed troops to the border with Uganda.", "MOBILIZE", {"KEN"}, {"UGA"}),
    # the entry of a state's people banned
    ("Kenya banned the entry of 50 Ugandan officials.", "SANCTION", {"KEN"}, {"UGA"}),
    # peacekeepers of no country named are the UN's, not the country they serve in
    ("Ugandan rebels attacked peacekeepers in eastern Congo.", "ASSAULT", {"UGA"}, {"UNO"}),
    ("Ugandan rebels attacked Kenyan peacekeepers in eastern Congo.", "ASSAULT", {"UGA"}, {"KEN"}),
    # a spokesman for the UN secretary-general (lower case, "general" tagged an adjective) speaks for the UN
    ("A spokesman for the UN secretary-general condemned the Ugandan strike.", "ACCUSE", {"UNO"}, {"UGA"}),
    # calls for talks with a side, rejected: rejected with that side
    ("Kenya rejected calls for talks with the Ugandan rebels.", "REJECT", {"KEN"}, {"UGA"}),
    # a request made in a meeting or a visit is made of the one met
    ("The Kenyan president met Museveni in Kampala to seek more military aid.", "REQUEST", {"KEN"}, {"UGA"}),
    ("Ruto travelled to Kampala to ask for more troops.", "REQUEST", {"KEN"}, {"UGA"}),
    # a pledge of aid or money is an intent to give aid (AGREE 033)
    ("Kenya pledged 10 million dollars in humanitarian aid to Uganda.", "AGREE", {"KEN"}, {"UGA"}),
    # a place in a body given up: the body is the other side
    ("Kenya suspended its membership in the African Union.", "SANCTION", {"KEN"}, {"IGO"}),
    ("Kenya froze its participation in the East African Community.", "SANCTION", {"KEN"}, {"IGO"}),
    # a high commissioner summoned; war declared; what an agreement or a refusal is with
    ("Kenya summoned the Ugandan high commissioner.", "ACCUSE", {"KEN"}, {"UGA"}),
    ("Kenya declared war on Uganda.", "ASSAULT", {"KEN"}, {"UGA"}),
    ("Kenya agreed to hold talks with Uganda.", "AGREE", {"KEN"}, {"UGA"}),
    ("Kenya refused to meet the Ugandan delegation.", "REJECT", {"KEN"}, {"UGA"}),
    # fines and disqualifications
    ("A Nairobi court fined the Ugandan company.", "SANCTION", {"KEN"}, {"UGA"}),
    ("The Kenyan election commission disqualified the opposition candidate.", "COERCE", {"KEN"}, set()),
    # an assault repelled; infrastructure struck
    ("Kenyan forces repelled a Ugandan assault near Busia.", "ASSAULT", {"KEN"}, {"UGA"}),
    ("Ugandan missiles struck energy infrastructure across Kenya overnight.", "ASSAULT", {"UGA"}, set()),
    # pushbacks, a constitution suspended
    ("The Kenyan coast guard pushed back a boat of migrants toward Somalia.", "COERCE", {"KEN"}, set()),
    ("The Kenyan junta suspended the constitution.", "COERCE", {"KEN"}, set()),
    # officeholders the article names only by name: cabinet members, legislators, justices
    ("Mnuchin announced new sanctions on Venezuela.", "SANCTION", {"USA"}, {"VEN"}),
    ("Priti Patel criticised the French government over the crossings.", "ACCUSE", {"GBR"}, {"FRA"}),
    ("Senator Lindsey Graham urged Turkey to halt the offensive.", "REQUEST", {"USA"}, {"TUR"}),
    # a verdict with no by-phrase is the court's that the sentence names
    ("The journalist was convicted in a Manila court of cyberlibel.", "SANCTION", {"PHL"}, {"PHL"}),
    ("After a jury trial in Paris, two Belgian men were found guilty of fraud.", "SANCTION", {"FRA"}, {"BEL"}),
    # a participle on a thing: whoever did something with the thing acts
    ("Iran launched missiles targeting US troops in Iraq.", "ASSAULT", {"IRN"}, {"USA"}),
    ("The Polish president posted a message on Twitter blaming Russia for the blackout.", "ACCUSE",
     {"POL"}, {"RUS"}),
    # "I" and "we" in a quote are its speaker; "they" after "X said" is X
    ('"I call on Russia to withdraw its troops", the Estonian foreign minister said.', "REQUEST", {"EST"}, {"RUS"}),
    ("UNICEF said they had delivered 20,000 vaccine doses to Chad.", "AID", {"UNO"}, {"TCD"}),
    ("Hamas said it had fired rockets at Tel Aviv.", "ASSAULT", {"PSE"}, {"ISR"}),
    # clashes between two sides, and one phrase naming two sides
    ("Clashes broke out between Armenian and Azerbaijani troops on the border.", "ASSAULT",
     {"ARM", "AZE"}, {"ARM", "AZE"}),
    ("Chinese and Indian troops clashed in the Galwan Valley.", "ASSAULT", {"CHN", "IND"}, {"CHN", "IND"}),
    # weapons sent to a country are military aid; warships sent to a sea are a deployment
    ("The United States sent missiles to Ukraine.", "AID", {"USA"}, {"UKR"}),
    ("Russia sent warships to the Black Sea.", "MOBILIZE", {"RUS"}, set()),
    # striking a place
    ("Israeli jets struck Gaza overnight.", "ASSAULT", {"ISR"}, set()),
    # signatories sign with each other
    ("Chile and Peru signed a trade agreement.", "SUPPORT", {"CHL", "PER"}, {"CHL", "PER"}),
    # a state and its own people: the side with only a sector takes the other side's country
    ("Iranian police arrested dozens of protesters.", "COERCE", {"IRN"}, {"IRN"}),
    ("Serbians protested against the government.", "PROTEST", {"SRB"}, {"SRB"}),
    # forces entering a town that only the gazetteer knows as a place
    ("Turkish troops entered Tell Abyad on Wednesday.", "MOBILIZE", {"TUR"}, set()),
    # a relative pronoun stands for its noun; a verb with nothing after it shares its partner's object
    ("The measures, which Serbia dropped after the protests, had closed all bars.", "CONCEDE", {"SRB"}, set()),
    ("Police fired and landed a live round on a protester in Hong Kong.", "ASSAULT", {"HKG"}, set()),
    # event nouns after "for" and "into", and an attack "using drones" carried out by someone
    ("The Kenyan police arranged for reinforcements from Nairobi.", "MOBILIZE", {"KEN"}, set()),
    ("Ghana entered into an agreement with Togo.", "AGREE", {"GHA"}, {"TGO"}),
    ("Brazilian police are conducting an investigation into the minister.", "ACCUSE", {"BRA"}, set()),
    # a promised concession is a concession; bills suspended or scrapped
    ("The Greek government will withdraw the bill.", "CONCEDE", {"GRC"}, set()),
    ("Hong Kong's government suspended the extradition bill.", "CONCEDE", {"HKG"}, set()),
    # incendiaries thrown at people are violence, whatever the list they come in
    ("Protesters threw things, including Molotov cocktails, at Chilean police.", "ASSAULT", set(), {"CHL"}),
    ("Russia spread disinformation about the Ukrainian election.", "COERCE", {"RUS"}, set()),
    ("The Philippine defence secretary ordered a heightened alert for troops.", "MOBILIZE", {"PHL"}, set()),
    # "it" is the body a spokesman speaks for, and a body with a plural name
    ("Houthi military spokesperson Yahya Sarea said it had carried out the attack using ten drones.",
     "ASSAULT", {"YEM"}, set()),
    ("The United States said it had imposed sanctions on Iran.", "SANCTION", {"USA"}, {"IRN"}),
    # an offer, or a word of willingness, over a cooperative act: AGREE, by whoever offers
    ("Iran made an offer to release the British tanker.", "AGREE", {"IRN"}, {"GBR"}),
    ("Britain is ready to send aid to Pakistan.", "AGREE", {"GBR"}, {"PAK"}),
    # nouns standing for the countries named after them
    ("The nations of Serbia and Kosovo opened economic ties.", "COOPERATE", {"SRB", "XKX"}, {"SRB", "XKX"}),
    ("The foreign ministers of Egypt, Greece and Cyprus condemned Turkey.", "ACCUSE", {"EGY", "GRC", "CYP"}, {"TUR"}),
    # an official named with no country, opposite a country's official, is taken to be its own
    ("Ukrainian President Volodymyr Zelensky declined Prime Minister Petro Ivanenko's offer to resign.",
     "REJECT", {"UKR"}, {"UKR"}),
    # emergency powers against people, not against a storm (test_emergency_for_a_storm_is_not_coercion)
    ("Thailand declared a state of emergency in Bangkok after weeks of protests.", "COERCE", {"THA"}, set()),
    # who is asked, who is supported, whose plan it is, at whom the tear gas is fired
    ("Angela Merkel demanded an explanation from Russia.", "REQUEST", {"DEU"}, {"RUS"}),
    ("The president of Turkey vowed support for Azerbaijan.", "AGREE", {"TUR"}, {"AZE"}),
    ("Canada rejected the plan the Chinese government proposed.", "REJECT", {"CAN"}, {"CHN"}),
    ("In Hong Kong, the police used water cannon and tear gas against protesters.", "ASSAULT", {"HKG"}, {"HKG"}),
    # on the receiving end: the subject is the recipient, the from-phrase the doer
    ("Iran faces new sanctions from the European Union.", "SANCTION", {"EUR"}, {"IRN"}),
    ("Ukraine received military aid from the United States.", "AID", {"USA"}, {"UKR"}),
    ("The Italian prime minister drew criticism from Germany.", "ACCUSE", {"DEU"}, {"ITA"}),
    # a participle's doer is its clause's subject, passive or not, and a means is its verb's
    ("An Iranian woman was sentenced to 20 years for protesting the dress code.", "PROTEST", {"IRN"}, set()),
    ("Some protesters in Santiago responded by throwing Molotov cocktails at the police.", "ASSAULT",
     {"CHL"}, {"CHL"}),
    # material cooperation: arms sold and bought, troops trained, joint exercises and patrols;
    # a country's own exercises are a show of force
    ("The United States sold fighter jets to Taiwan.", "COOPERATE", {"USA"}, {"TWN"}),
    ("India bought missile systems from Russia.", "COOPERATE", {"IND"}, {"RUS"}),
    ("British instructors trained Ukrainian soldiers in England.", "COOPERATE", {"GBR"}, {"UKR"}),
    ("China and Russia held joint naval exercises in the East China Sea.", "COOPERATE", {"CHN", "RUS"},
     {"CHN", "RUS"}),
    ("Russia held military exercises near the Ukrainian border.", "MOBILIZE", {"RUS"}, set()),
    ("Iran declined to attend the talks in Vienna.", "REJECT", {"IRN"}, set()),
    # an envoy recalled from a capital, or summoned: the country of the post or of the envoy
    ("Saudi Arabia recalled its ambassador from Ottawa.", "SANCTION", {"SAU"}, {"CAN"}),
    ("Germany summoned the Russian ambassador in Berlin.", "ACCUSE", {"DEU"}, {"RUS"}),
    # an event noun as the subject: its country word is the doer, the verb's object the target
    ("A Russian missile strike hit a Ukrainian army base near Lviv.", "ASSAULT", {"RUS"}, {"UKR"}),
    # the one an investigation or an invasion is of; a verb sharing its partner's target
    # a refusal with nothing after it; a call by telephone; words of attack on a policy
    # ... and a refusal answers whoever asked its actor in the same sentence
    ("Poland asked Czech minister Jan Novak to resign, but he declined.", "REJECT", {"CZE"}, {"POL"}),
    # ... or a request of the sentence before: a subpoena is a demand
    ("The Kenyan parliament issued subpoenas for the contracts. Two Ugandan ministers refused to comply.",
     "REJECT", {"UGA"}, {"KEN"}),
    ("Russia asked Turkey to close the straits, and Ankara refused.", "REJECT", {"TUR"}, {"RUS"}),
    ("The leaders of Turkey and Greece spoke by telephone on Friday.", "CONSULT", {"TUR", "GRC"}, {"TUR", "GRC"}),
    ("The Kenyan election commission refused to register the party.", "REJECT", {"KEN"}, set()),
    ("The Brazilian president launched attacks on mail-in voting.", "ACCUSE", {"BRA"}, set()),
    # representatives of states speak for governments; every country of the list takes part
    ("Representatives from Egypt, Greece, and Cyprus held talks in Cairo with the French president.",
     "CONSULT", {"EGY", "GRC", "CYP"}, {"FRA"}),
    ("The Kenyan president took aim at the Tanzanian government on Monday.", "ACCUSE", {"KEN"}, {"TZA"}),
    # a role's holder named after the body the role belongs to
    ("The general manager of Abu Dhabi Media, Ali bin Tamim, blamed Houthi rebels for the attack.", "ACCUSE",
     {"ARE"}, {"YEM"}),
    # an event noun's own by-phrase names its doer, whoever speaks of it
    ("Witnesses described an attack by Russian soldiers on a Ukrainian village.", "ASSAULT", {"RUS"}, {"UKR"}),
    # criticism of a thing is aimed at whose it is, or at the person a body is named after
    ("Chris Christie denounced the Trump legal team's claims.", "ACCUSE", set(), {"USA"}),
    ("Germany rejected the Putin administration's proposal.", "REJECT", {"DEU"}, {"RUS"}),
    # ... or at whoever sent it
    ("The Serbian opposition had sent the government a plan for Saturday's march, which it rejected.", "REJECT",
     set(), {"SRB"}),
    # a restriction on a thing is aimed at where the thing goes or comes from
    ("The US Department of Transportation announced new restrictions on flights to Cuba.", "SANCTION",
     {"USA"}, {"CUB"}),
    ("The European Union imposed a ban on imports from Belarus.", "SANCTION", {"EUR"}, {"BLR"}),
    # a killing, a shooting or a stabbing of someone is an attack on them, with or without a light verb
    ("He was charged over the stabbing of a Ukrainian refugee in Charlotte.", "ASSAULT", set(), {"UKR"}),
    ("The shooting of two Kenyan protesters in Nairobi drew condemnation.", "ASSAULT", set(), {"KEN"}),
    # the one sentenced, when the parser joined the person to the place before him
    ("On Tuesday in Kenya, Peter Otieno, brother of singer and activist Mary Atieno, was sentenced for her "
     "murder to life in prison by a court in Kisumu.", "SANCTION", {"KEN"}, {"KEN"}),
    # a country adjective the tagger took for a person's name still names the country
    ("The Kenyan president condemned the Ugandan army.", "ACCUSE", {"KEN"}, {"UGA"}),
    # what someone does or is, of someone: that someone
    ("The Kenyan president condemned the actions of the Ugandan army.", "ACCUSE", {"KEN"}, {"UGA"}),
    ("Thousands of Japanese protesters rallied against the presence of US troops in Okinawa.", "PROTEST",
     {"JPN"}, {"USA"}),
    # a doer named is a doer, whatever else happened
    ("Somali rebels killed five Kenyan soldiers after the bridge collapsed.", "ASSAULT", {"SOM"}, {"KEN"}),
    # a group named by its examples is those examples
    ("The US has been encouraging allies such as Germany to restrict the airline's flights.",
     "REQUEST", {"USA"}, {"DEU"}),
    ("Countries such as Iran and Iraq condemned the attack on the embassy.", "ACCUSE", {"IRN", "IRQ"}, set()),
    ("Kenya's neighbouring countries including Uganda and Tanzania have imposed bans on plastic bags.", "COERCE",
     {"UGA", "TZA"}, set()),
    # a subject the parser hung on an auxiliary
    ("The United States has been encouraging allies such as Germany to restrict the airline's flights.",
     "REQUEST", {"USA"}, {"DEU"}),
    # a finite verb is not coordinated with an infinitive: the minister spoke, in fact
    ("The French foreign minister urged the embassy to reconsider and spoke with the German chancellor.",
     "CONSULT", {"FRA"}, {"DEU"}),
    # what is discussed or negotiated is the topic; whom it is discussed with the recipient
    ("The Iranian foreign minister negotiated Japan's proposal with Russia.", "CONSULT", {"IRN"}, {"RUS"}),
    ("The Iranian foreign minister discussed Japan's proposal with his Chinese counterpart.", "CONSULT",
     {"IRN"}, {"CHN"}),
    ("The European Commission opened an investigation of Hungary's use of EU funds.", "ACCUSE", {"EUR"}, {"HUN"}),
    ("The Russian invasion of Ukraine began in February 2022.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Iranian police fired and landed a rubber bullet on a driver in Tehran.", "ASSAULT", {"IRN"}, {"IRN"}),
    # I and we inside a quote are the speaker, even when no speech verb introduces it
    ('Kim Jong Un repeated his message on Monday: "We will destroy Seoul if the South attacks."', "THREATEN",
     {"PRK"}, {"KOR"}),
    # a broadcaster is a network; a state organ dealing with a people's press is dealing with its own
    ("The Kenyan president accused the network of lying.", "ACCUSE", {"KEN"}, {"KEN"}),
    # with nothing after it, a verb is aimed at whom the action it governs is aimed at
    ("The Ghanaian licensing commission refused to provide the network with a licence.", "REJECT", {"GHA"}, {"GHA"}),
    ("The Nigerian president threatened to withhold funds from Benin.", "THREATEN", {"NGA"}, {"BEN"}),
    # a definite event noun with no doer is the event just told, done by its actors
    ("The Chilean president called for talks on the fires. The summit was to meet on Friday. The call was "
     "seconded by the Peruvian president.", "SUPPORT", {"PER"}, {"CHL"}),
    ("Turkish troops attacked Kurdish fighters on Monday. The Iraqi president condemned the attack.", "ACCUSE",
     {"IRQ"}, {"TUR"}),
    # aid kept from someone, a sum of it delayed; what one party puts to another is its own
    ("The United States withheld aid from Ukraine.", "SANCTION", {"USA"}, {"UKR"}),
    ("The Kenyan government delayed $40 million in aid to Somalia.", "SANCTION", {"KEN"}, set()),
    ("The Kenyan embassy declined the request of the Ugandan police.", "REJECT", {"KEN"}, {"UGA"}),
    ("The Kenyan president will comply with the request of the Ugandan president.", "CONCEDE", {"KEN"}, {"UGA"}),
    # a clause right after a thing, with no word to join it, names its maker
    ("Ghanaian lawyers filed a lawsuit against the state of emergency Togolese President Faure Gnassingbe "
     "declared last Friday.", "ACCUSE", {"GHA"}, {"TGO"}),
    ("The Kenyan government shut the border with Somalia.", "SANCTION", {"KEN"}, {"SOM"}),
    ("Turkey sent two thousand soldiers to Libya.", "MOBILIZE", {"TUR"}, {"LBY"}),  # the forces are no recipient
    ("The Kenyan government disbanded the militia.", "RETREAT", {"KEN"}, set()),
    # leaving a treaty or talks is a cut in relations, not a retreat, however the preposition is hung
    ("The United States withdrew from the nuclear deal with Iran.", "SANCTION", {"USA"}, {"IRN"}),
    ("Russia pulled out of the arms control treaty with Kenya.", "SANCTION", {"RUS"}, set()),
    # a participle with a "that" clause of its own is active, though hung on the name before it
    ("The protests began after Amina Otieno, a Kenyan opposition leader, accused last week that the Ugandan "
     "police had beaten the students.", "ACCUSE", {"KEN"}, set()),
    # a named person's campaign or team acts for them
    ("The Ruto campaign criticized Raila Odinga, the Kenyan opposition leader.", "ACCUSE", {"KEN"}, {"KEN"}),
    # a phone call made is a consultation, not a call for something
    ("Kenya's president made a phone call to Ugandan President Yoweri Museveni on Monday.", "CONSULT",
     {"KEN"}, set()),
    # retreating or backing away from a goal or a threat yields; it moves no one
    ("Kenya has retreated from its goal of ousting the Ugandan president.", "CONCEDE", {"KEN"}, set()),
    ("Iran backed away from its threat to close the strait.", "CONCEDE", {"IRN"}, set()),
    ("Kenya reopened the border with Uganda.", "RETREAT", {"KEN"}, {"UGA"}),
    # opposing what another did or said disapproves of it; opposing a proposal rejects it
    ("Kenya's president opposed Museveni's statement on the border.", "ACCUSE", {"KEN"}, {"UGA"}),
    ("Kenya opposed the Ugandan proposal for a ceasefire.", "REJECT", {"KEN"}, {"UGA"}),
    ("Iran accepted the Russian offer.", "AGREE", {"IRN"}, {"RUS"}),  # whose offer it was
    # a "by" the parser hung on the active verb or a phrase after the object names the object's maker
    ("Uganda criticized the proclamation by Kenyan President William Ruto.", "ACCUSE", {"UGA"}, {"KEN"}),
    ("Ugandan President Yoweri Museveni attacked the proclamation of the islands as Kenyan territory by "
     "President William Ruto of Kenya.", "ACCUSE", {"UGA"}, {"KEN"}),
    ("Kenyan police shot a dog and two Ugandan protesters.", "ASSAULT", {"KEN"}, {"UGA"}),
    # "anyone" a state bans or arrests is its own people
    ("Kenya banned anyone wearing a mask from entering parliament.", "COERCE", {"KEN"}, {"KEN"}),
    # a verb the parser joined to a there-clause is the speaker's
    ("Raila Odinga said there was fraud in the vote and urged Ugandan observers to check the ballots.", "REQUEST",
     {"KEN"}, {"UGA"}),
    # not hesitating to do something is doing it
    ("Kenya did not hesitate to condemn Uganda.", "ACCUSE", {"KEN"}, {"UGA"}),
    # a by-phrase the parser hung on the object a passive keeps
    ("Kenyan journalists were denied entry by Ugandan border guards.", "REJECT", {"UGA"}, {"KEN"}),
    # companies: a national champion is its country's business, a multinational MNC
    ("The United States imposed sanctions on Huawei.", "SANCTION", {"USA"}, {"CHN"}),
    ("Kenya agreed with Airbus to build a helicopter plant in Mombasa.", "AGREE", {"KEN"}, {"MNC"}),
    # what a probe is into
    ("Kenyan prosecutors began a probe into Museveni's business dealings.", "ACCUSE", {"KEN"}, {"UGA"}),
    # calling something bad criticises it, calling it good praises it
    ("Iran deemed the American move illegal.", "ACCUSE", {"IRN"}, {"USA"}),
    ("The Kenyan president called Yoweri Museveni a liar and a clown.", "ACCUSE", {"KEN"}, {"UGA"}),
    ('Kenya described the Ugandan proposal as "constructive and fair".', "SUPPORT", {"KEN"}, {"UGA"}),
    ("Kenya's foreign minister called the Tanzanian blockade a violation of international law.", "ACCUSE",
     {"KEN"}, {"TZA"}),
    # "one of", "some of": the members
    ("One of the Kenyan opposition leaders criticized the Ugandan president.", "ACCUSE", {"KEN"}, {"UGA"}),
    ("Some of the Ugandan students refused to meet the Kenyan delegation.", "REJECT", {"UGA"}, {"KEN"}),
]


@pytest.mark.parametrize("sentence,event,actors,recipients", CODED)
def test_coded(code, sentence, event, actors, recipients):
    events = _live(code(sentence)["events"])
    match = [e for e in events if e["event"] == event]
    assert match, f"no {event} in {[(e['event'], e['trigger']['text']) for e in events]}"
    e = match[0]
    assert actors <= _countries(e["actor"]), e["actor"]
    assert recipients <= _countries(e["recipient"]), e["recipient"]


# sentences whose event must be flagged, not asserted as fact
FLAGGED = [
    ("Russia did not attack Ukraine.", "ASSAULT", "negated"),
    # what is awaited "until" by a vow or a "would" has not happened
    ("The gang leader said his fighters would not stop until the Kenyan president resigned.", "RETREAT",
     "hypothetical"),
    ("Al-Shabaab vowed to keep up its attacks until Kenya withdrew its troops from Somalia.", "RETREAT",
     "hypothetical"),
    # what an agreement is for has not happened yet
    ("Kenya and Uganda reached an agreement for Ugandan troops to withdraw from Somalia.", "RETREAT", "hypothetical"),
    ("Russia never expelled the Estonian diplomats.", "SANCTION", "negated"),
    # a modal over the verb that governs the clause
    ("The deal, if approved, would see Hamas release all hostages.", "RETREAT", "hypothetical"),
    ("Britain said it would hold Russia to account.", "ACCUSE", "hypothetical"),
    ("The EU could impose sanctions on Belarus.", "SANCTION", "hypothetical"),
    ("If Turkey attacks Syria, the region will suffer.", "ASSAULT", "hypothetical"),
    # an order or a plea asserts nothing
    ('"Attack the Kenyan embassy," the leader told his followers.', "ASSAULT", "hypothetical"),
    ("Grab a rifle and storm the Kenyan embassy, the commander urged his fighters.", "ASSAULT", "hypothetical"),
    ('She wrote: "If you cannot find a gun, use a knife and attack the Kenyan guards."', "ASSAULT",
     "hypothetical"),
    # a question asking what was done asserts nothing
    ("What sanctions did Kenya impose on Uganda?", "SANCTION", "hypothetical"),
    ("Officials fear that rebels may attack the capital.", "ASSAULT", "hypothetical"),
    ("Kenyan sex workers were scared of the police beating them.", "ASSAULT", "hypothetical"),
    ("Kenyan journalists are afraid of being arrested by the police.", "COERCE", "hypothetical"),
    ("The Iraqi parliament voted on a resolution to expel Turkish troops from the country.", "SANCTION",
     "hypothetical"),
    ("Thousands of Kenyan protesters were to storm the parliament building on Friday.", "PROTEST", "hypothetical"),
    ("No soldiers attacked the village.", "ASSAULT", "negated"),
    ("Nobody tried to storm the Estonian embassy.", "ASSAULT", "negated"),
    ("Russia has yet to withdraw its troops from Georgia.", "RETREAT", "negated"),
    ("The Afghan army foiled a plot to attack the parliament in Kabul.", "ASSAULT", "hypothetical"),
    ("Russia unveiled a plan to withdraw its troops from Syria.", "RETREAT", "hypothetical"),
    # what someone likes doing is no act done
    ("Kenya's president said the rebel commander likes attacking convoys.", "ASSAULT",
     "hypothetical"),
    ("Did Iran attack the Saudi tanker?", "ASSAULT", "hypothetical"),  # a yes/no question
    ("Who attacked the Kenyan convoy near Mandera?", "ASSAULT", "hypothetical"),  # asking who did it
    ("Kenyan officials said arresting the Somali envoy would harm relations.", "COERCE", "hypothetical"),
    ("The Syrian commander advised his men to shell the village.", "ASSAULT", "hypothetical"),  # not yet done
    ("The Kenyan minister recommended that the government expel the Somali envoy.", "SANCTION", "hypothetical"),
    ("Kenya stepped up efforts to withdraw its troops from Somalia.", "RETREAT", "hypothetical"),
    # the purpose of what is only arranged is not done either
    ("The Kenyan Senate was to meet Monday to discuss the Somali envoy's expulsion.", "CONSULT", "hypothetical"),
    # what one did not try, manage or go on to do
    ("Kenya did not try to expel the Ugandan envoy.", "SANCTION", "negated"),
    ("Kenyan police did not manage to arrest the Ugandan suspect.", "COERCE", "negated"),
    # a guess; what a thing is designed to do
    ("Two Kenyan journalists were arrested, perhaps by Ugandan police.", "COERCE", "hypothetical"),
    ("Kenya sold Uganda software designed to restrict journalists.", "COERCE", "hypothetical"),
    # what a thing is for, what there is precedent for, what one must choose between
    ("The software has many purposes, including aiding Kenyan journalists.", "AID", "hypothetical"),
    ("There is precedent for the Kenyan president mediating disputes between Uganda and Tanzania.", "CONSULT",
     "hypothetical"),
    ("Kenya had to choose between supporting Uganda or Tanzania.", "SUPPORT", "hypothetical"),
    # what a modal verb would bring about
    ("This would make Kenya the first country in the region to recognize Somaliland.", "SUPPORT", "hypothetical"),
    ("The deal could force Uganda to withdraw its troops from Kenya.", "RETREAT", "hypothetical"),
    # the terms of a deal approved are not yet done, however the parser hangs them
    ("The Kenyan cabinet approved a deal to release Somali prisoners held in Nairobi.", "RETREAT", "hypothetical"),
    # what the law requires is not done by saying so
    ("Under Kenyan law, two witnesses are required to convict a person of treason.", "SANCTION", "hypothetical"),
    ("The treaty obliges Uganda to expel the rebel leaders.", "SANCTION", "hypothetical"),
    # an attack planned, plotted or prepared is not yet made
    ("Kenyan police arrested three men suspected of planning an attack on a synagogue.", "ASSAULT", "hypothetical"),
    ("The Kenyan rebels were plotting an attack on the Ugandan embassy.", "ASSAULT", "hypothetical"),
    # a verb joined by "and" with no subject or auxiliary of its own shares its neighbour's modal
    ("If the talks fail, Kenyan troops could cross the border and attack the Somali militants.", "ASSAULT",
     "hypothetical"),
]


@pytest.mark.parametrize("sentence,event,flag", FLAGGED)
def test_flagged(code, sentence, event, flag):
    events = code(sentence)["events"]
    assert not [e for e in _live(events) if e["event"] == event]
    assert any(e["event"] == event and e[flag] for e in events), events


def test_threat_is_threaten_not_assault(code):
    events = _live(code("Turkey threatened to attack Kurdish fighters in Syria.")["events"])
    assert [e["event"] for e in events] == ["THREATEN"]
    assert "TUR" in _countries(events[0]["actor"])


@pytest.mark.parametrize("text", [
    "Syrian state media said Israeli jets bombed a base near Damascus.",
    # the saying hung after the clause
    "Israeli jets bombed a base near Damascus on Tuesday, Syrian state media said, in a new escalation.",
])
def test_reported_event_keeps_its_reporter(code, text):  # (more below: "according to", "witnesses")
    (e,) = _live(code(text)["events"])
    assert e["event"] == "ASSAULT"
    assert "ISR" in _countries(e["actor"])
    assert e["reported_by"] is not None and "media" in e["reported_by"]["text"]


def test_the_dateline_is_not_the_subject(code):
    text = "MOSCOW, March 10 (Reuters) - Moscow expelled two Estonian diplomats on Tuesday."
    (e,) = _live(code(text)["events"])
    assert (e["actor"][0]["text"], e["actor"][0]["start"]) == ("Moscow", text.index("Moscow expelled"))


def test_statements_alone_are_not_events(code):
    assert code("The minister said the economy was growing.")["events"] == []


@pytest.mark.parametrize("text", [
    # calling a situation the worst judges no one
    "The United Nations called the humanitarian crisis in Yemen the worst in the world.",
    "The Kenyan president described the drought as a disaster.",
    # conceding that something is so is seeing it
    "Kenyan coach Ben Otieno conceded that his side needed to work on its defence.",
])
def test_views_of_situations_are_no_events(code, text):
    assert _live(code(text)["events"]) == []


def test_faulting_an_act_still_accuses(code):
    (e,) = _live(code("Kenya called Uganda's blockade the worst violation of the truce.")["events"])
    assert e["event"] == "ACCUSE" and _countries(e["recipient"]) == {"UGA"}


def test_boilerplate_paragraphs_yield_nothing(code):
    text = "The weather was mild in Paris.\n\nRead more: Russia attacks Ukraine again\n\nRelated: Iran expels diplomats"
    assert code(text)["events"] == []


def test_every_event_has_cameo_quad_and_score(code):
    for e in code("Russia attacked Ukraine. The UN condemned the attack.")["events"]:
        assert e["cameo"] and e["cameo"].isdigit()
        assert e["quad"] in (1, 2, 3, 4)
        assert isinstance(e["score"], float)
        assert 0 < e["confidence"] < 1


def test_event_date_comes_from_its_sentence(code):
    (e,) = _live(code("Russia attacked Ukraine on Monday.", published="2021-03-10")["events"])
    assert e["date"]["value"] == "2021-03-08" and e["date"]["precision"] == "day"
    assert e["date"]["text"] == "Monday"


def test_event_without_date_falls_back_to_publication(code):
    (e,) = _live(code("Russia attacked Ukraine.", published="2021-03-10")["events"])
    assert e["date"] == {"value": "2021-03-10", "precision": "published", "text": None, "start": None, "end": None}


def test_reciprocal_sides_are_not_their_own_recipients_when_a_third_party_is_named(code):
    (e,) = [e for e in _live(code("Russia and China attacked Ukraine.")["events"]) if e["event"] == "ASSAULT"]
    assert _countries(e["recipient"]) == {"UKR"}
    assert not any("reciprocal" in note for note in e["evidence"])


def test_a_means_names_the_doer_however_the_verb_is_hung(code):
    """"Members protested by shouting": the parser hangs "protested" on "Members" as a participle."""
    text = ('Members of the House of Lords protested by shouting "shame on you!" and holding signs '
            'which read "silenced" during Tuesday\'s debate.')
    (e,) = _live(code(text)["events"])
    assert e["event"] == "PROTEST" and [a["text"] for a in e["actor"]] == ["Members"] and e["recipient"] == []


@pytest.mark.parametrize("sentence,event", [
    ("The two leaders spoke by telephone on Friday night.", "CONSULT"),
    ("The foreign ministers agreed to meet again in Athens.", "AGREE"),
])
def test_plural_parties_are_each_others_recipients(code, sentence, event):
    """Leaders are government; "the two leaders" or "the ministers" are the parties to the talks."""
    (e,) = [e for e in _live(code(sentence)["events"]) if e["event"] == event]
    assert e["actor"][0]["sector"] == "GOV" and e["recipient"] and [a["text"] for a in e["recipient"]] == [a["text"] for a in e["actor"]]
    assert any("reciprocal" in note for note in e["evidence"])


def test_the_protest_is_the_one_just_told(code):
    """A definite event noun with no doer is the event of its type just told: in the same sentence
    one event, whose recipient it names; in the next, done by the same actors."""
    (e,) = _live(code("Farmers in Haryana protested on Monday; the protest started out against the "
                      "government's farm laws.")["events"])
    assert _countries(e["actor"]) == {"IND"} and [a["text"] for a in e["recipient"]] == ["government"]
    assert _countries(e["recipient"]) == {"IND"}
    first, again = _live(code("Farmers in Haryana protested on Monday. The protest continued on Tuesday "
                              "in Chandigarh.")["events"])
    assert again["trigger"]["text"] == "protest" and [a["text"] for a in again["actor"]] == ["Farmers"]
    assert any("the same actors" in note for note in again["evidence"])


def test_the_two_countries_are_the_two_just_named(code):
    text = "Kenya and Uganda signed a trade deal. The leaders of both countries met in Kampala on Monday."
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "CONSULT"]
    assert _countries(e["actor"]) == _countries(e["recipient"]) == {"KEN", "UGA"}


@pytest.mark.parametrize("sentence,cameo,recipients", [
    # one's own envoy ordered, summoned or called home is recalled, from the country of the post
    ("Kenya ordered its ambassador in Kampala home for consultations.", "161", {"UGA"}),
    ("Kenya summoned its envoys to Kampala and Kigali back for consultations.", "161", {"UGA", "RWA"}),
    ("Kenya called back its ambassador to Uganda.", "161", {"UGA"}),
    # another state's envoy told to leave is expelled
    ("Kenya ordered the Ugandan ambassador to leave within 72 hours.", "166", {"UGA"}),
])
def test_envoys_recalled_or_expelled(code, sentence, cameo, recipients):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == ("SANCTION", cameo) and _countries(e["recipient"]) == recipients


def test_an_envoy_ordered_to_do_something_else_is_not_expelled(code):
    (e,) = _live(code("The Kenyan president ordered his envoy to pursue talks with Uganda.")["events"])
    assert e["cameo"] != "166"


@pytest.mark.parametrize("text,sides", [
    ("Kenya and Uganda exchanged fire near Busia on Sunday. The two countries accused each other of "
     "starting the clash.", [("KEN", None), ("UGA", None)]),
    ("Kenyan and Somali troops clashed near Mandera on Monday. Both sides accused each other of "
     "shelling villages.", [("KEN", "MIL"), ("SOM", "MIL")]),
    # two sides of one country are two sides
    ("The Somali army and al-Shabaab fought near Baidoa on Monday. Both sides have since accused one "
     "another of killing civilians.", [("SOM", "MIL"), ("SOM", "REB")]),
])
def test_both_sides_are_the_two_just_named_and_accuse_each_other(code, text, sides):
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE"]
    assert [(a["country"], a["sector"]) for a in e["actor"]] == sides
    assert [(a["country"], a["sector"]) for a in e["recipient"]] == sides
    assert any("each other" in note for note in e["evidence"])


def test_both_governments_are_the_two_states_the_story_is_about(code):
    text = ("Kenya accused Uganda of arming cattle raiders on Tuesday. \"We have evidence,\" Kenya's interior "
            "minister said. Uganda's foreign minister dismissed the claim. A mediator, who asked not to be named, "
            "said both governments had agreed to hold talks in Arusha.")
    (agreed,) = [e for e in _live(code(text)["events"]) if e["event"] == "AGREE"]
    assert [a["country"] for a in agreed["actor"]] == ["KEN", "UGA"]


def test_an_accusation_summed_up_as_a_charge_someone_denied_still_stands(code):
    (e,) = [e for e in code("NAIROBI, June 3 (Reuters) - Kenya on Tuesday accused Uganda of arming militias along "
                            "their shared border, a charge Kampala denied.")["events"] if e["event"] == "ACCUSE"]
    assert not e["negated"] and not e["hypothetical"] and _countries(e["recipient"]) == {"UGA"}


@pytest.mark.parametrize("sentence", [
    "Kenya and Uganda blamed each other for the attack on the Busia border post.",
    "Kenya and Uganda traded accusations over the border clash.",
])
def test_blaming_each_other_is_mutual_accusation(code, sentence):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == "ACCUSE" and _countries(e["actor"]) == _countries(e["recipient"]) == {"KEN", "UGA"}


@pytest.mark.parametrize("sentence,actors,recipients", [
    ("Kenyan troops battled Somali militants near Mandera on Monday.", {"KEN"}, {"SOM"}),
    ("Nigerian security forces fought with Boko Haram gunmen near the border.", {"NGA"}, {"NGA"}),
    ("Kurdish fighters fought against Islamic State militants in Raqqa.", {"SYR"}, {"IMG"}),
    ("Kenyan police skirmished with protesters outside parliament.", {"KEN"}, {"KEN"}),
    # two sides fighting, with no object, fight each other
    ("The Congolese army and the M23 rebels fought in Goma on Monday.", {"COD"}, {"COD"}),
])
def test_fighting_and_battling_are_assaults(code, sentence, actors, recipients):
    (e,) = [e for e in _live(code(sentence)["events"]) if e["event"] == "ASSAULT"]
    assert _countries(e["actor"]) == actors and _countries(e["recipient"]) == recipients
    assert e["recipient"], e


@pytest.mark.parametrize("sentence", [
    "France and Germany fought side by side in both wars.",
    "The Kenyan president fought for his life in a Nairobi hospital.",
    "The Ugandan rebels fought their way into the capital.",
    "Kenya and Uganda fought together against the locust swarms.",
])
def test_fighting_for_or_beside_is_no_fight_between_them(code, sentence):
    assert not [e for e in code(sentence)["events"] if e["event"] == "ASSAULT" and e["trigger"]["text"] == "fought"]


@pytest.mark.parametrize("sentence,trigger", [
    ("The mayor of Nairobi promised on Tuesday to end the midnight curfew.", "end"),
    ("The Kenyan president is ready to scrap the curfew.", "scrap"),
    ("The Kenyan government will end the curfew on Monday.", "end"),
])
def test_a_promised_or_offered_concession_is_a_concession(code, sentence, trigger):
    """As "will withdraw the bill" is: one CONCEDE, asserted, and no AGREE for the promise."""
    events = _live(code(sentence)["events"])
    assert [(e["event"], e["trigger"]["text"]) for e in events] == [("CONCEDE", trigger)]
    assert _countries(events[0]["actor"]) == {"KEN"}


@pytest.mark.parametrize("sentence,mobilized", [
    ("Kenyan police stepped up security in Nairobi ahead of the vote.", True),
    ("The rebels recruited hundreds of fighters in northern Mali.", True),
    ("The Kenyan bank tightened security on its website.", False),  # no show of force
])
def test_security_stepped_up_and_fighters_recruited_are_shows_of_force(code, sentence, mobilized):
    assert ("MOBILIZE" in [e["event"] for e in _live(code(sentence)["events"])]) == mobilized


@pytest.mark.parametrize("sentence,event,asserted", [
    # a speaker's own "will", reported as "would": a stated intention, read as PLOVER reads the future
    ("The Thai government said on Tuesday it would detain two journalists.", "THREATEN", True),
    ("Russia said it would hold talks with Ukraine next week.", "AGREE", True),
    # someone else's forecast is not the actor's intention
    ("Analysts said Russia would attack Ukraine in the spring.", "ASSAULT", False),
])
def test_would_in_reported_speech(code, sentence, event, asserted):
    (e,) = [e for e in code(sentence)["events"] if e["event"] == event]
    assert (not e["hypothetical"] and not e["negated"]) == asserted


def test_the_weapon_is_not_the_target(code):
    text = "Two civilians died on Monday when Armenian troops fired artillery at Sotk, Azerbaijani officials said."
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"]
    assert "artillery" not in [a["text"] for a in e["recipient"]]


def test_a_present_state_in_a_relative_clause_is_still_an_event(code):
    """Only what a body does as a rule ("which provides aid") is no event: "where she faces trial" is."""
    text = "A Pakistani woman was extradited on Monday to the United States, where she faces trial for her actions."
    assert "ACCUSE" in [e["event"] for e in _live(code(text)["events"])]


def test_a_promise_made_together_is_not_made_to_each_other(code):
    (e,) = [e for e in _live(code("China, Iran and Russia pledged funds for the reconstruction.")["events"])
            if e["event"] == "AGREE"]
    assert _countries(e["actor"]) == {"CHN", "IRN", "RUS"} and e["recipient"] == []


def test_the_other_side_is_no_clue_to_an_unknown_actors_country(code):
    """"They" are not Turks for being the ones who called on Turkey; a name elsewhere in the article is."""
    (call,) = _live(code("They called on Turkey to halt its drilling operations.")["events"])
    assert call["actor"][0]["country"] is None and _countries(call["recipient"]) == {"TUR"}
    events = _live(code("Duterte criticised the network on Monday. Police raided its offices on Tuesday.")["events"])
    (raid,) = [e for e in events if e["event"] == "COERCE"]
    assert _countries(raid["actor"]) == {"PHL"} and "article country: PHL" in raid["actor"][0]["how"]


@pytest.mark.parametrize("sentence,event,recipients", [
    ("Two French police officers were found guilty of assaulting a Canadian tourist.", "SANCTION", {"FRA"}),
    ("Japan delivered 100,000 doses of vaccine to Samoa.", "AID", {"WSM"}),
    # people among a trigger's object words are still its recipients
    ("Iran released two British sailors.", "RETREAT", {"GBR"}),
    ("The Taliban released the Afghan president's nephew on Monday.", "RETREAT", {"AFG"}),  # kin are people
    # whom something is asked of
    ("The US House of Representatives issued a subpoena for documents from Secretary of State Mike Pompeo.",
     "REQUEST", {"USA"}),
    ("The Iraqi parliament subpoenaed records from the Turkish foreign ministry.", "REQUEST", {"TUR"}),
])
def test_the_patient_of_a_trigger_with_its_own_object_words(code, sentence, event, recipients):
    match = [e for e in _live(code(sentence)["events"]) if e["event"] == event]
    assert match and recipients <= _countries(match[0]["recipient"]), match


@pytest.mark.parametrize("sentence", [
    "The firm entered the Chinese market last year.",  # only forces entering a place mobilise
    "The minister left Paris on Tuesday.",
    "A diner disarmed a gunman at a restaurant in Nairobi.",  # subduing a person is no demobilisation
])
def test_moving_is_not_mobilising_unless_forces_move(code, sentence):
    assert not [e for e in code(sentence)["events"] if e["event"] in ("MOBILIZE", "RETREAT")]


def test_releasing_a_product_frees_no_one(code):
    assert code("Red Hat instead released Red Hat Enterprise Linux, a commercial product.")["events"] == []


@pytest.mark.parametrize("sentence,event", [
    ("Reporters asked the Iranian foreign minister about the deal.", "REQUEST"),  # a question
    ("Reporters asked the Iranian foreign minister whether Iran would leave the deal.", "REQUEST"),
    ("Iranian doctors warned people about the outbreak.", "THREATEN"),  # news of a danger
    ("The governor of Louisiana declared a state of emergency as Hurricane Ida approached.", "COERCE"),
    ("The Kremlin refused to comment on the report.", "REJECT"),  # silence, not a refusal
    # a facility closed by no one named
    ("Wilson Airport in Nairobi was shut down after the incident and reopened later that day.", "COERCE"),
    # a government out of money
    ("The Kenyan government is partially shut down because parliament could not agree on a budget.", "COERCE"),
    # a standard met; what happens as a rule; one party's bare assent
    ("She concludes Senator Achieng meets the natural born citizen requirement.", "CONSULT"),
    ("Mining companies frequently blasted sacred aboriginal sites destroying precious aboriginal artwork.",
     "ASSAULT"),
    ("The Kenyan police often arrest protesters in Nairobi.", "COERCE"),
    ("Kenyan minorities have historically been accused of spreading disease.", "ACCUSE"),
    # a forecast of what another could do; a topic told; anyone so accused; a band; a rocket
    ("The Kenyan president warned that the opposition could destroy the economy.", "THREATEN"),
    ("The Kenyan senator discussed how he became the nominee.", "CONSULT"),
    ("The Kenyan law allows the state to extradite people accused of crimes to Uganda.", "ACCUSE"),
    ("The Kenyan band Sauti Sol disbanded in 2021.", "RETREAT"),
    ("The first stage of the Kenyan rocket returned to a drone ship off the coast.", "RETREAT"),
    ("Mary Achieng agreed, claiming there was enough wealth in the nation to pay for everyone.", "AGREE"),
    ("A Kenyan judge agreed the book may have contained classified material.", "AGREE"),  # a view
    ("The Kenyan candidate warned of an impending civil war.", "THREATEN"),  # a prediction
    ("Iran blamed human error for the crash of the Ukrainian airliner.", "ACCUSE"),  # a cause, not an accusation
    # private people meeting or inviting each other; a politician's campaign rallies
    ("In 1966 he met bassist Peter Kamau in a London club.", "CONSULT"),
    ("Kenyan tourists travelled to Tanzania for the holidays.", "CONSULT"),  # private journeys
    ("Hundreds of Kenyan passengers boarded the ferry to Zanzibar.", "COERCE"),
    # what was done "without" did not happen
    ("Kenyan soldiers opened fire on the crowd without warning.", "THREATEN"),
    ("Kenya struck the Ugandan rebels without consulting Tanzania.", "CONSULT"),
    ("A bystander attempted to aid the passengers and was later treated for smoke inhalation.", "AID"),  # a rescue
    ("Kenyan women wrote to the magazine. It asked them for their stories.", "REQUEST"),  # no one named asks
    ("Otieno invited him to join his new band.", "REQUEST"),
    ("The Kenyan president held five campaign rallies a day in October.", "CONSULT"),
    ("The Kenyan president held five campaign rallies a day in October.", "PROTEST"),
    ("A spokesman for the Russian foreign ministry declined to comment.", "REJECT"),
    ("The population of penguins in Argentina has declined 40%.", "REJECT"),  # fell, not refused
    ("Oil prices in Nigeria declined on Monday.", "REJECT"),
    ("The former Chilean minister pleaded not guilty to the charges.", "REQUEST"),  # a plea in court
    ("The Polish plan was met with protests in Warsaw.", "CONSULT"),  # no meeting
    ("The Canadian prime minister hosted a party for his staff.", "CONSULT"),  # no visit
    ("The Estonian army will deploy a new online platform for recruits.", "THREATEN"),  # no forces
    ("Estonian banks deployed Linux servers for their customers.", "MOBILIZE"),
    ("The honour was conferred by the president of Namibia.", "CONSULT"),  # conferring with no one
    ("Thank you for taking the time to speak with us.", "CONSULT"),  # an interview, nobody coded
    ("The Belgian court demonstrated a shocking ignorance of the law.", "CONSULT"),  # showed
    ("The Kenyan minister spoke with Reuters to discuss the election.", "CONSULT"),  # an interview
    ("Dutch investigators began an investigation of the crash of the plane.", "ACCUSE"),  # no wrong
    ("Swiss scientists are investigating how the brain processes fear.", "ACCUSE"),  # research
    ("Norwegian police warned residents to stay indoors.", "THREATEN"),  # advice to the public
    ("The Green candidate agreed with the nationalization of the central bank.", "AGREE"),  # an opinion
    ("Kenyan companies are offering value by building open platforms.", "AGREE"),  # no offer to anyone
    ("These seats in the Kenyan parliament are often occupied by the Labour Party.", "COERCE"),  # held
    # what a body does as a rule, in a present-tense relative clause
    ("Donations went to the Nairobi Children's Foundation, which provides aid to Kenyan families.", "AID"),
    # harm done by no one named, in an accident
    ("At least seven people were killed in Kenya yesterday, when a World War II-era bomber crashed at Wilson "
     "Airport in Nairobi.", "ASSAULT"),
    # a storm named by its kind is a disaster, not an attacker
    ("Typhoon Phanfone made landfall in the central Philippines on Tuesday, killing at least 20.", "ASSAULT"),
    # a sentence in another script, which the English parser cannot read
    ("Police demand करते हैं: पैसे दो, नहीं तो arrest करेंगे।", "REQUEST"),
    # an "I" no one is known to be, with only private people beside it
    ("They told me to come back and talk to the family when they returned.", "CONSULT"),
    # retreating from a goal is no withdrawal
    ("Kenya has retreated from its goal of ousting the Ugandan president.", "RETREAT"),
    # schools reopening classes allow no one access; culling animals is no assault
    ("The Kenyan president encouraged public schools to reopen classes in January.", "RETREAT"),
    ("The government of Kenya ordered the killing of 30,000 pigs.", "ASSAULT"),
    ("Kenyan police shot two dogs in Nairobi.", "ASSAULT"),
    ("In some years the gulls will even attack and kill chicks on Kenyan islands.", "THREATEN"),  # harm to come
    # a party that has declined since a year has shrunk; it refused nothing
    ("Since the repeal of the ban in 1933, the Kenyan party has declined.", "REJECT"),
    # the police travelling to investigate is no visit
    ("Kenyan police officers traveled to Uganda and interviewed her friends.", "CONSULT"),
    # where someone stands is no event
    ("The Kenyan opposition leader opposes the Ugandan government's policy.", "ACCUSE"),
])
def test_words_that_look_like_events_but_are_not(code, sentence, event):
    assert not [e for e in code(sentence)["events"] if e["event"] == event]


def test_a_warning_of_repercussions_is_a_threat(code):
    (e,) = _live(code("China warned the United States of serious consequences.")["events"])
    assert e["event"] == "THREATEN" and _countries(e["recipient"]) == {"USA"}


def test_an_event_in_a_relative_clause_is_its_own(code):
    text = "Iran fired missiles at US troops in response to the US airstrike that killed an Iranian general."
    assault = [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"]
    assert {frozenset(_countries(e["actor"])) for e in assault} == {frozenset({"IRN"}), frozenset({"USA"})}


def test_what_is_sent_is_the_object_not_the_dative(code):
    events = code("The Hong Kong union sent the police a plan for the march.")["events"]
    assert not [e for e in events if e["event"] == "MOBILIZE"], events


def test_an_actor_is_not_its_own_recipient(code):
    (e,) = _live(code("The Turkish president softened his stance on Sweden.")["events"])
    assert e["event"] == "CONCEDE" and _countries(e["recipient"]) == {"SWE"}


def test_protest_named_with_its_place_is_an_event(code):
    (e,) = _live(code("Protests erupted in Belgrade on Tuesday.")["events"])
    assert e["event"] == "PROTEST" and e["location"]["country"] == "SRB"


@pytest.mark.parametrize("text", [
    "The ferry rammed into the pier during the storm.",
    # what a storm, a quake or prices hit is hit by no one
    "Hurricane Ian hit Florida on Wednesday.",
    "A strong earthquake hit southern Turkey.",
    "Inflation hit a record in Argentina.",
    "The campaign targeted young voters in Ohio.",  # an audience aimed at
    "He stood with his wife at the ceremony.",  # no one supported
    "President Ruto stands with leaders from Uganda and Rwanda. Image: State House.",  # a caption
])
def test_what_no_one_rams_or_hits_is_no_attack(code, text):
    assert code(text)["events"] == []


@pytest.mark.parametrize("text", [
    "The Kenyan president suspended parliament for five weeks.",
    "Colleges in Nairobi were suspended by the Kenyan government.",
])
def test_sittings_and_classes_suspended_punish_no_one(code, text):
    assert code(text)["events"] == []


def test_harm_without_violence_is_not_an_event(code):
    assert code("A Kenyan worker was killed in an accident at the factory.")["events"] == []


def test_representatives_of_states_speak_for_governments(code):
    events = _live(code("Representatives from Egypt, Greece, and Cyprus held talks in Cairo.")["events"])
    (talks,) = [e for e in events if e["event"] == "CONSULT"]
    assert _countries(talks["actor"]) == {"EGY", "GRC", "CYP"}
    assert {a["sector"] for a in talks["actor"]} == {"GOV"}  # not LEG, as "Representatives" alone is


def test_the_attack_told_paragraphs_ago_is_the_one_the_story_leads_with(code):
    """"The attack" names the attack just told; paragraphs later, with nothing nearer, the attack
    the story led with."""
    text = ("Turkish troops attacked Kurdish fighters on Monday. Syrian troops attacked rebels in Idlib.\n\n"
            "The fighting has displaced thousands. Aid groups are struggling to reach them.\n\n"
            "Markets fell sharply. The Iraqi president condemned the attack.")
    (accuse,) = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE"]
    assert _countries(accuse["recipient"]) == {"TUR"}
    text = text.replace("Markets fell sharply.", "Russian jets attacked a market in Idlib.")
    (accuse,) = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE"]
    assert _countries(accuse["recipient"]) == {"RUS"}


def test_the_purpose_of_a_future_meeting_is_future_too(code):
    """PLOVER reads a future consultation as AGREE: the discussion a meeting is for as well."""
    events = _live(code("Kenyan and Somali ministers will meet in Nairobi to discuss the border.")["events"])
    assert events and {e["event"] for e in events} == {"AGREE"}


@pytest.mark.parametrize("text", [
    "Kenyan police arrested ten Ugandan protesters on Monday. They released them on Tuesday.",
    "Kenyan police arrested ten Ugandan protesters and later released them.",
])
def test_an_object_them_is_what_was_done_to_before(code, text):
    (release,) = [e for e in _live(code(text)["events"]) if e["event"] == "RETREAT"]
    assert _countries(release["actor"]) == {"KEN"} and _countries(release["recipient"]) == {"UGA"}


@pytest.mark.parametrize("text", [
    "Kenyan teachers called off their strike on Monday.",
    "The Kenyan opposition halted its protests in Nairobi.",
])
def test_protesters_easing_their_own_dissent_concede(code, text):
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "CONCEDE"]
    assert e["cameo"] == "082" and _countries(e["actor"]) == {"KEN"} and e["recipient"] == []


def test_the_authorities_stopping_a_protest_concede_nothing(code):
    assert not [e for e in code("Kenyan police halted the march in Nairobi.")["events"] if e["event"] == "CONCEDE"]


@pytest.mark.parametrize("text,country", [
    ("Kenya and Uganda held talks in Nairobi. The latter agreed to reopen the border.", "UGA"),
    ("Kenya and Uganda held talks in Nairobi. The former agreed to reopen the border.", "KEN"),
])
def test_the_latter_and_the_former_are_of_the_pair_just_named(code, text, country):
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "AGREE"]
    assert _countries(e["actor"]) == {country}



def test_where_it_was_said_is_no_recipient(code):
    (e,) = [e for e in code("Kenya's president hailed the report on Twitter.")["events"] if e["event"] == "SUPPORT"]
    assert e["recipient"] == []


def test_a_second_passive_verb_has_no_doer_of_its_own(code):
    events = code("Uganda praised Amina Otieno, a Kenyan activist who was detained and banned from the vote.")["events"]
    assert [e["actor"] for e in _live(events) if e["event"] == "COERCE"] == [[]], events


def test_what_restricts_in_a_with_clause_is_not_the_sentences_subject(code):
    events = code("Kenya's railway is ageing, with sanctions restricting the purchase of new engines.")["events"]
    assert not [e for e in events if "KEN" in _countries(e["actor"])], events


def test_would_like_to_thank_is_thanking(code):
    events = _live(code("The Kenyan president would like to thank Uganda for its help.")["events"])
    assert [(e["event"], _countries(e["recipient"])) for e in events] == [("SUPPORT", {"UGA"})], events


def test_a_time_zone_is_no_recipient(code):
    events = code("Rebels attacked a Kenyan army post near Mandera at 4:00 A.M. local time (0100 UTC).")["events"]
    assert not [a for e in events for a in e["recipient"] + e["actor"] if a["text"] == "UTC"], events


def test_whoever_follows_suit_is_no_recipient(code):
    (e,) = [e for e in code("Kenya's president condemned the coup, with Ugandan President Yoweri Museveni "
                            "following suit the next day.")["events"] if e["event"] == "ACCUSE"]
    assert _countries(e["actor"]) == {"KEN"} and e["recipient"] == []


@pytest.mark.parametrize("text,event", [
    ("Students staged a protest in London on Monday.", "PROTEST"),  # the model's lemma was "stag"
    ("Rebels staged an attack on an army base in Kidal.", "ASSAULT"),
    ("Violence broke out in Kashmir on Monday.", "ASSAULT"),
    ("Fighting erupted between rebels and the army near Goma.", "ASSAULT"),
    # a sentence's first word the tagger reads as a verb: "Fighting" as a gerund
    ("Fighting between the army and the RSF continued in Khartoum.", "ASSAULT"),
])
def test_events_named_by_a_noun_and_its_verb(code, text, event):
    assert event in {e["event"] for e in _live(code(text)["events"])}


def test_fighting_between_two_sides_is_reciprocal(code):
    (e,) = _live(code("Fighting erupted between Congolese rebels and the army near Goma.")["events"])
    assert {a["sector"] for a in e["actor"]} == {"REB", "MIL"} == {a["sector"] for a in e["recipient"]}


def test_fighting_told_as_a_gerund_keeps_both_sides_countries(code):
    (e,) = _live(code("Fighting between the Sudanese army and the RSF continued in Khartoum.")["events"])
    assert _countries(e["actor"]) == {"SDN"} == _countries(e["recipient"])
    assert {a["sector"] for a in e["recipient"]} == {"MIL", "PRM"}


def test_violence_at_home_is_no_event(code):
    assert code("Domestic violence continues to rise in Spain.")["events"] == []


@pytest.mark.parametrize("text,country,sector", [
    ("Anti-government protests have continued since Friday in Belgrade.", "SRB", "GOV"),
    ("Anti-Japanese protests spread across China on Sunday.", "JPN", None),
])
def test_what_a_protest_is_against_is_its_recipient(code, text, country, sector):
    (e,) = _live(code(text)["events"])
    assert e["event"] == "PROTEST"
    assert [(r["country"], r["sector"]) for r in e["recipient"]] == [(country, sector)]
    assert all(a["country"] != "JPN" for a in e["actor"])  # anti-Japanese protesters are not Japanese


@pytest.mark.parametrize("text,asker,asked", [
    ("The troops came at the request of the Iraqi government.", "IRQ", "MIL"),
    ("Russian forces withdrew from Almaty at Kazakhstan's request.", "KAZ", "RUS"),
])
def test_at_someones_request_is_their_request(code, text, asker, asked):
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "REQUEST"]
    assert _countries(e["actor"]) == {asker}
    assert {r["country"] for r in e["recipient"]} | {r["sector"] for r in e["recipient"]} >= {asked}


def test_where_a_meeting_or_signing_took_place_is_not_whom(code):
    out = code("Kenyan and Somali envoys held a signing at the White House with President Trump.")
    (e,) = [e for e in _live(out["events"]) if e["event"] == "SUPPORT"]
    assert [r["text"] for r in e["recipient"]] == ["Trump"]


def test_an_offer_declined_was_made_to_the_one_who_declined(code):
    out = code("Kenyan President Uhuru Kenyatta declined Prime Minister Raila Odinga's offer to resign.")
    (offer,) = [e for e in _live(out["events"]) if e["event"] == "AGREE"]
    assert [a["country"] for a in offer["actor"]] == ["KEN"]  # a resignation is offered at home
    assert [r["text"] for r in offer["recipient"]] == ["Uhuru Kenyatta"]


@pytest.mark.parametrize("text", [
    # a campaign rally; a warning withdrawn
    "The singer held his first campaign rally in Charleston on Sunday.",
    "The Kenyan government withdrew its tropical storm warnings on Monday.",
    # a view shared; a patient discharged; a press conference
    "Odinga, Ruto, Kalonzo and Mudavadi all agreed that the new railway has helped the coast.",
    "President Kenyatta was released from hospital on Friday after two nights.",
    "The Kenyan interior minister held a press conference discussing fears of cattle raids.",
    # what almost happened; a question; a person bowing out
    "Kenyan police nearly arrested the suspect in Nairobi.",
    "He screamed that he almost killed his daughter in Nairobi.",
    "What strange ideas do a very few Kenyans agree with?",
    "The senator Amina Bayes withdrew in March 2019.",
    # what one may do
    "Kenyans have the right to protest against the government in Nairobi.",
    "Minorities need the platform to support them in Kenya's parliament.",
    # nothing conceded, no sanctions imposed
    "The Kenyan opposition has conceded nothing, and a clampdown is on the way.",
    "Kenya imposed no sanctions on Uganda.",
    # a trip at home, taken for a visit to a group; a shop's purchase limit
    "President Kenyatta fell ill days after traveling to Kisumu, Kenya to attend a debate.",
    "The changes followed the two-pack per customer restriction introduced by Naivas and Carrefour in March.",
    "Woolworths and Coles are supermarkets in Sydney.\n\nThese changes followed the previous four-pack per "
    "transaction restriction introduced by Woolworths and Coles on March 4.",  # firms the article country codes
    # what holds in general
    "I think people reform, people progress, people reject ideas.",
    "In fact it supports businesses that cheat the farmers.",
    "Few people in Nairobi actually criticise the bishops.",
    # a storm that killed; seeing that something is so
    "The storm hit the same coast as Typhoon Haiyan, which killed over 6,000 people in Kenya.",
    "Kenyan students are recognizing that they too can run for office.",
    # where one stands
    'The Kenyan opposition remains "fully committed" to the campaign.',
    # a crowd that breaks up of itself
    "When the rain began, the crowds in Nairobi dispersed.",
    # a crash
    "A lorry driver struck a group of motorcycles near Nakuru, killing seven riders.",
    # a virus kills no one on purpose
    "SARS-CoV-2 has already killed more than 1,000 people in Kenya.",
    # a private trip to a business
    "The Nairobi Gospel Choir, a Pentecostal church, had been travelling 700 miles to Walt Disney World.",
    # what happens each time
    'The imam said, "Those who stay silent when a mosque in Nairobi is attacked cannot lecture us."',
    "Uganda protests whenever Kenya closes the border.",
    # a court passing a case on
    "The Kenyan High Court brought the case before the East African Court of Justice.",
    # a call that judges nothing, or both ways
    "The Kenyan president called his mother on Sunday.",
    "Amina Otieno described the Kenyan deal with Uganda as historic but dangerous.",
    # a threat from no one
    "Doctors in Nairobi may act when a mother's life is threatened by the pregnancy.",
    "Many of them talk to the other activists every week.",
    # what kept happening over the years; fire fighting and charm are no force
    "Numerous times, over the years, Kenyans have been sentenced to death in Uganda for blasphemy.",
    "Water bombing by Kenyan aircraft was disallowed in Nairobi.",
    "Kenya launched a charm offensive in Uganda.",
    # whoever they may be; what you do as a rule
    "He challenged the Kenyan president to name any police groups who endorsed the Ugandan campaign.",
    "If you have a quarrel in Nairobi, you go and ask the Kenyan police to settle it.",
    # fuel burned; a name withheld; a kind of case defined
    "People in Nairobi and Kampala burn fossil fuels.",
    "The detained Kenyan suspect's identity is restricted to 'Omar O' under Kenyan privacy law.",
    "The Kenyan archive counts events where four or more people are killed by gunfire as massacres.",
    # people gathering who are not protesters
    "Families gathered at the funeral in Nairobi.",
    # private talk ahead; private forgiveness
    "Amina Otieno founded a support group in Nairobi, Kenya in 2017.\n\n\"We face many security risks with the "
    "stories we get. Many girls are not comfortable talking to strangers, so they will talk to me, or they will "
    "talk to other volunteers,\" Otieno said.",
    "This Kenyan woman said they still love their parents and had partially forgiven them.",
    # an interview agreed; private talk
    "Dr Achieng agreed to answer a few questions from our reporter.",
    "A lot of girls are not comfortable talking to strangers, so they talk to volunteers.",
    # an election called for a candidate or a day
    "The Associated Press called the election for Biden.",
    "The prime minister called snap elections for June.",
])
def test_sentences_that_record_nothing(code, text):
    assert _live(code(text)["events"]) == []


def test_aid_received_by_someone_is_given_to_them(code):
    (e,) = _live(code("Iranian assistance is received by the Houthis in Yemen.")["events"])
    assert e["event"] == "AID" and _countries(e["actor"]) == {"IRN"} and _countries(e["recipient"]) == {"YEM"}


def test_forces_withdrawn_are_the_actors_own(code):
    (e,) = _live(code("Kenya withdrew its troops on Monday.")["events"])
    assert e["event"] == "RETREAT" and e["recipient"] == []


@pytest.mark.parametrize("text", [
    "President Kenyatta later visited Mombasa to discuss the flooding in the city.",
    "Kenyan President Uhuru Kenyatta visited Kisumu two days after the floods.",
    "Kenya spent 1.2% of its GDP on defence in 2018; the government's own guidelines call for 2%.",
])
def test_touring_ones_own_country_and_asking_for_a_figure_are_no_events(code, text):
    assert [e for e in _live(code(text)["events"]) if e["event"] in ("CONSULT", "REQUEST")] == []


def test_a_visit_abroad_is_still_a_visit(code):
    (e,) = _live(code("Kenyan President Uhuru Kenyatta visited Uganda in July.")["events"])
    assert (e["event"], e["cameo"]) == ("CONSULT", "042") and _countries(e["recipient"]) == {"UGA"}


def test_attacking_someone_for_doing_something_is_criticism(code):
    (e,) = _live(code("Senator Odhiambo attacked the press for ignoring the drought.")["events"])
    assert e["event"] == "ACCUSE"


def test_several_parties_agreeing_on_what_should_be_done_agree(code):
    (e,) = _live(code("Kenya and Uganda agreed that the border should reopen.")["events"])
    assert e["event"] == "AGREE" and _countries(e["actor"]) == {"KEN", "UGA"}


def test_protesting_students_are_the_protesters(code):
    out = code("Bangladeshi police fired tear gas at protesting students in Dhaka.")
    by_type = {e["event"]: e for e in _live(out["events"])}
    assert [a["text"] for a in by_type["PROTEST"]["actor"]] == ["students"]
    assert [r["text"] for r in by_type["ASSAULT"]["recipient"]] == ["students"]


@pytest.mark.parametrize("text,event", [
    ("The law was shelved after last week's protests, the largest in a decade.", "PROTEST"),
    ("Sunday's march drew thousands of Kenyans.", "PROTEST"),
])
def test_an_event_noun_owned_by_its_day_happened(code, text, event):
    assert event in {e["event"] for e in _live(code(text)["events"])}


def test_protests_in_general_are_no_event(code):
    assert code("Protests are common in France.")["events"] == []


def test_a_states_measures_fall_on_its_own_people_wherever_the_story_is_told(code):
    text = ("Australian chess player Anna Smith moved to Melbourne in 2018. She lives in Sydney now.\n\n"
            "Iran has banned a number of female chess players for not wearing a hijab.")
    (ban,) = [e for e in _live(code(text)["events"]) if e["event"] == "COERCE"]
    assert _countries(ban["recipient"]) == {"IRN"}


def test_who_is_sentenced_for_doing_something_did_it(code):
    text = "A Kenyan judge sentenced David and Louise Kamau to life in prison for torturing their children."
    (torture,) = [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"]
    assert {a["text"] for a in torture["actor"]} == {"David", "Louise Kamau"}
    assert torture["recipient"] == [] or {r["text"] for r in torture["recipient"]} != {"David", "Louise Kamau"}


def test_the_nation_is_the_country_just_named(code):
    text = "Chad and Gabon recognized Kosovo and opened diplomatic relations with the nation."
    (opened,) = [e for e in _live(code(text)["events"]) if e["event"] == "COOPERATE"]
    assert _countries(opened["recipient"]) == {"XKX"}


def test_a_date_the_parser_ran_into_a_noun_is_no_recipient(code):
    text = ("Leaders of the member states met in Kigali for a summit where on Sunday Presidents Amani Odera of "
            "Kenya and Peter Mwita of Tanzania signed the customs agreement.")
    (signing,) = [e for e in _live(code(text)["events"]) if e["event"] == "SUPPORT"]
    assert "Sunday" not in " ".join(r["text"] for r in signing["recipient"])


@pytest.mark.parametrize("text,countries", [
    ("Kenya and Uganda expressed their willingness to help each other.", {"KEN", "UGA"}),
    ("Britain stands ready to help Kenya.", {"GBR"}),
    ("Britain pledged 10 million pounds in humanitarian aid to Kenya.", {"GBR"}),  # aid or money pledged
    ("Britain promised more weapons to Kenya.", {"GBR"}),
])
def test_help_offered_is_an_agreement(code, text, countries):
    (e,) = _live(code(text)["events"])
    assert (e["event"], e["cameo"]) == ("AGREE", "033") and _countries(e["actor"]) == countries


def test_help_given_between_private_people_is_no_event(code):
    assert _live(code("He helped his neighbour carry the shopping.")["events"]) == []


@pytest.mark.parametrize("text", [
    "The two companies signed a merger agreement.",
    "Toyota and Honda agreed to cooperate on electric cars.",
])
def test_firms_dealing_with_firms_is_commerce_not_an_event(code, text):
    assert _live(code(text)["events"]) == []


def test_a_firm_dealing_with_a_state_is_an_event(code):
    (e,) = _live(code("Shell signed a deal with Nigeria.")["events"])
    assert _countries(e["recipient"]) == {"NGA"}


def test_what_an_agreement_is_on_is_not_yet_done(code):
    out = code("They said that the agreement on sending Ugandan soldiers to Somalia breaks the law.")
    assert [e for e in _live(out["events"]) if e["event"] == "MOBILIZE"] == []


@pytest.mark.parametrize("text,event", [
    ("The Kenyan president ordered Amina Yusuf's arrest.", "COERCE"),
    ("Saudi officials ordered Jamal Ahmed's killing.", "ASSAULT"),
])
def test_the_person_an_arrest_or_killing_is_owned_by_suffers_it(code, text, event):
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == event]
    assert [r["text"] for r in e["recipient"]] == [text.split("ordered ")[1].split("'s")[0]]
    assert all(a["text"] != e["recipient"][0]["text"] for a in e["actor"])


def test_an_agreement_denounced_later_is_the_one_its_parties_reached_before(code):
    text = ("Kenya and Somalia agreed on maritime borders in the Indian Ocean in November.\n\n"
            "The Tanzanian president flew to Geneva on Monday. He met the head of the World Bank there.\n\n"
            "On Tuesday the Tanzanian president denounced the border agreement again.")
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE"]
    assert _countries(e["recipient"]) == {"KEN", "SOM"}


def test_a_pact_named_again_is_the_one_named_before_with_its_parties(code):
    text = ("The Greek prime minister commented on the Turkish-Libyan maritime border agreement, calling it "
            "null and void.\n\nLater on Tuesday he met the head of the IMF, where he denounced the border "
            "agreement again.")
    judged = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE"]
    assert [_countries(e["recipient"]) for e in judged] == [{"TUR", "LBY"}, {"TUR", "LBY"}]


def test_attacks_that_others_retaliate_against_are_their_own_events_on_those_others(code):
    text = "The Ugandans claim they were retaliating against missile attacks from Kenya."
    attacks = {(frozenset(_countries(e["actor"])), frozenset(_countries(e["recipient"])))
               for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"}
    assert attacks == {(frozenset({"UGA"}), frozenset({"KEN"})), (frozenset({"KEN"}), frozenset({"UGA"}))}


def test_one_side_killing_in_an_attack_is_one_event(code):
    events = [e for e in _live(code("Two Kenyan soldiers were killed in an attack by Somali militants.")["events"])
              if e["event"] == "ASSAULT"]
    assert len(events) == 1 and _countries(events[0]["actor"]) == {"SOM"}


def test_who_reported_it_at_the_end_of_a_sentence_is_not_whom_it_was_done_to(code):
    text = ("On Saturday morning, a gunman shot shoppers at a supermarket in the Kenyan city of Mombasa, with the "
            "death toll rising to 22 people on Monday, reported officials, with 25 others injured.")
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"]
    assert [(r["text"], r["sector"]) for r in e["recipient"]] == [("shoppers", "CVL")]


def test_a_past_tense_hung_on_the_noun_of_a_phrase_is_the_clauses_predicate(code):
    text = ('On Tuesday, Kenyan foreign minister Amina Yusuf speaking to the Chatham House think tank called the '
            'border deal "null and void".')
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE"]
    assert [a["text"] for a in e["actor"]] == ["Amina Yusuf"]


def test_a_person_named_before_suffers_the_killing_they_own_however_the_name_is_tagged_later(code):
    text = ("Wanjiru Odhiambo was a columnist for a Nairobi paper. Officials believe the governor ordered "
            "Odhiambo's killing.")
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"]
    assert [r["text"] for r in e["recipient"]] == ["Odhiambo"] and [a["text"] for a in e["actor"]] == ["governor"]


def test_a_thing_named_again_paragraphs_later_is_the_one_made_before(code):
    text = ("On Monday Kenya and Uganda signed a maritime border agreement in Nairobi.\n\n"
            "Tanzania said the deal was illegal. Its navy seized a Kenyan fishing boat on Friday.\n\n"
            "On Tuesday the Tanzanian president denounced the border agreement again.")
    (accuse,) = [e for e in code(text)["events"] if e["event"] == "ACCUSE"]
    assert _countries(accuse["recipient"]) == {"KEN", "UGA"}


@pytest.mark.parametrize("text,asker,asked", [
    ("The Kenyan president will comply with the request of Ugandan President Yoweri Museveni to close the border.",
     "UGA", "KEN"),
    ("Interpol declined Kenya's request for help.", "KEN", "IGO"),
])
def test_a_request_said_to_be_someones_was_made_to_whoever_answers_it(code, text, asker, asked):
    (req,) = [e for e in _live(code(text)["events"]) if e["event"] == "REQUEST"]
    assert (_countries(req["actor"]), _countries(req["recipient"])) == ({asker}, {asked})


def test_someones_phone_call_is_no_request(code):
    events = code("Kenya's president discussed Ruto's call with the Ugandan president.")["events"]
    assert not [e for e in events if e["event"] == "REQUEST"], events


@pytest.mark.parametrize("text,countries", [
    ("Condemnation poured in from Kenya and Uganda.", {"KEN", "UGA"}),
    ("Statements of condemnation have come from the Kenyan government and the Ugandan opposition.", {"KEN", "UGA"}),
    ("Criticism came from the Tanzanian opposition.", {"TZA"}),
])
def test_criticism_that_came_from_someone_is_theirs(code, text, countries):
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE"]
    assert _countries(e["actor"]) == countries


def test_an_article_about_the_un_still_places_its_people_in_a_country(code):
    text = ("A United Nations report on Monday named Saudi officials over the killing of journalist Amina "
            "Khalid. The UN rapporteur urged the Security Council to act.\n\n"
            "Khalid was murdered in the Saudi consulate in Istanbul.")
    (murder,) = [e for e in code(text)["events"] if e["trigger"]["text"] == "murdered"]
    assert "UNO" not in {a["country"] for a in murder["recipient"]}


def test_the_country_an_earlier_event_names_is_a_clue_to_the_next(code):
    events = code("Kenyan protesters marched on parliament. Police fired tear gas at the crowd.")["events"]
    (fired,) = [e for e in events if e["event"] == "ASSAULT"]
    assert _countries(fired["actor"]) == {"KEN"}


@pytest.mark.parametrize("text", [
    "The Kenyan ministry recalled the attack on the Ugandan embassy.",
    "The Kenyan ministry pointed to the attack on the Ugandan embassy as an example.",
])
def test_who_tells_of_an_attack_did_not_attack(code, text):
    (e,) = _live(code(text)["events"])
    assert e["event"] == "ASSAULT" and e["actor"] == [] and _countries(e["recipient"]) == {"UGA"}


def test_who_took_part_in_the_attacks_attacked(code):
    text = "Kenya pointed to the attacks on Ugandan citizens that Colonel Otieno of the Kenyan army took part in."
    (e,) = _live(code(text)["events"])
    assert [a["text"] for a in e["actor"]] == ["Otieno"] and _countries(e["actor"]) == {"KEN"}
    assert _countries(e["recipient"]) == {"UGA"}


def test_an_event_done_many_times_in_a_month_is_still_an_event(code):
    (e,) = _live(code("Kenyan police arrested the Ugandan activist five times in March.")["events"])
    assert e["event"] == "COERCE"


@pytest.mark.parametrize("text", [
    # "the attack" of another target is another attack
    "Kenyan troops killed the rebel leader Joseph Kony on Thursday. Officials pointed to the attack on the "
    "Ugandan embassy as an example.",
    # a date is no doer
    "Kenyan troops killed the rebel leader Joseph Kony on Thursday. Officials pointed to the December 31 "
    "attack on the Ugandan embassy as an example.",
])
def test_an_earlier_attack_does_not_lend_its_attackers_to_another(code, text):
    (attack,) = [e for e in _live(code(text)["events"]) if e["trigger"]["text"].endswith("attack")]
    assert attack["actor"] == [] and _countries(attack["recipient"]) == {"UGA"}


@pytest.mark.parametrize("text", [
    "Kenyan drones killed the rebel commander Joseph Kony near Kampala on Friday. The Ugandan prime minister "
    'spoke out against the attack, calling it "an aggression on Uganda as a state".',
    # paragraphs later, "the attack" is still the one the story leads with
    "Kenyan drones killed the rebel commander Joseph Kony near Kampala on Friday.\n\n"
    "The Ugandan embassy in Nairobi suspended its work and advised Ugandans to leave.\n\n"
    "The Ugandan prime minister condemned the attack on Saturday.",
])
def test_condemning_an_attack_told_before_is_against_its_doers(code, text):
    (accuse,) = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE"]
    assert _countries(accuse["actor"]) == {"UGA"} and _countries(accuse["recipient"]) == {"KEN"}


def test_who_described_a_place_did_not_make_it(code):
    """"his town hall, which the newspaper The Nairobi Star described as combative": the paper
    only described it, so it is no recipient of what happened there."""
    text = ("At his town hall, which the newspaper The Nairobi Star described as combative, the Kenyan "
            "president refused to disavow the theory.")
    (reject,) = [e for e in _live(code(text)["events"]) if e["event"] == "REJECT"]
    assert reject["recipient"] == []


def test_witness_of_an_arrest(code):
    """A rights group that says people were detained tells of the arrest; it did not make it."""
    events = _live(code("Amnesty International said dozens of Kenyan activists were detained in Nairobi.")["events"])
    coerce = [e for e in events if e["event"] == "COERCE"]
    assert coerce and not any("Amnesty" in a["text"] for e in coerce for a in e["actor"])


@pytest.mark.parametrize("text", [
    "The Kenyan novelist spoke with Reuters about her new book.",
    'The Kenyan minister discussed the plan, his "biggest project", with Reuters.',
    "The Kenyan foreign minister is talking to NBC at the moment.",  # outlets are in the actor lists
])
def test_talking_to_the_press_is_no_consultation(code, text):
    assert [e for e in _live(code(text)["events"]) if e["event"] == "CONSULT"] == []


@pytest.mark.parametrize("text,event", [
    ("A Nairobi court condemned the Ugandan activist to death.", "SANCTION"),  # a sentence
    ("The court condemned him to ten years in prison.", "SANCTION"),
    ("Kenya condemned the Ugandan raid.", "ACCUSE"),  # criticism
    ("The Kenyan minister said the law has condemned many women to resort to dangerous practices.", None),  # a fate
])
def test_condemning_to_a_sentence_to_a_fate_and_condemning_a_deed(code, text, event):
    events = {e["event"] for e in _live(code(text)["events"])}
    assert events == ({event} if event else set())


def test_a_topic_of_a_speech_is_not_discussed_with_anyone(code):
    text = ("During the visit, the Kenyan president delivered a speech on inequality while wearing a mask, "
            "discussing the legacy of colonial rule.")
    assert [e for e in _live(code(text)["events"]) if e["event"] == "CONSULT"] == []


@pytest.mark.parametrize("text,city_country", [
    ("Kenya withdrew from the Paris agreement.", "FRA"),
    ("Kenya pulled out of the Kampala accord.", "UGA"),
])
def test_a_pact_named_after_a_city_is_not_that_countrys(code, text, city_country):
    events = _live(code(text)["events"])
    assert events and city_country not in {c for e in events for c in _countries(e["recipient"])}


def test_a_governments_appeal_goes_to_its_own_people_wherever_the_story_is_told(code):
    text = ("The US National Hurricane Center said the storm would reach Florida, Georgia and South Carolina "
            "by Friday, and officials in Miami and Atlanta opened shelters.\n\n"
            "The storm first hit Barbados. Prime Minister Amina Clarke of Barbados urged residents to evacuate.")
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "REQUEST"]
    assert _countries(e["recipient"]) == {"BRB"}


@pytest.mark.parametrize("text", [
    "The airline suspended flights to Nairobi.",  # a firm's service, not a state's measure
    "The company launched a new app.",
    "The Kenyan government set a deadline for the talks.",
    "The photographer captured the moment.",
    "Lightning struck the building in Nairobi.",
    "The Kenyan president dissolved parliament ahead of the election.",
    "The Queen suspended parliament for five weeks.",
    "The Kenyan children blew up the balloons.",
    "The rocket's first stage disengaged and returned to a drone ship off the Kenyan coast.",
    "The Nairobi city council demolished the old stadium.",
    "Video captured the Kenyan president wearing a mask.",
    "Kenyan investors took control of the company.",
    "The suspect's identity is restricted to 'Stefan W' owing to privacy law.",
    "The Kenyan minister cancelled the meeting because of bad weather.",
    "The Kenyan company ceded market share to its rivals.",
    "Last year, the Kenyan firm Safaricom tested its new missile-tracking software.",
    "Last year, SpaceX tested its Falcon Heavy rocket by launching a car into space.",
    "The Kenyan coach whipped the team into shape.",
    "Kenyan election officials said there was no evidence to support the president's claims of fraud.",
])
def test_services_and_products_are_no_events(code, text):
    assert _live(code(text)["events"]) == []


def test_an_earthquake_strikes_whichever_noun_the_parser_hangs_that_on(code):
    text = ("Aftershocks of a powerful earthquake with a magnitude of 6.3 that struck northern Kenya on "
            "Wednesday have raised the death toll.")
    assert [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "The report said Ugandan agents were paying bounties to gangs to kill Kenyan soldiers.",
    "Kenya sent troops to Somalia to fight the militants.",
])
def test_what_money_or_troops_are_sent_for_has_not_happened(code, text):
    assert [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"] == []


@pytest.mark.parametrize("text,threat_to", [
    ("Al-Shabaab vowed to retaliate against Kenya for the killing.", {"KEN"}),
    ("Uganda vowed to continue the war against Kenya.", {"KEN"}),
    ("Kenya pledged to impose sanctions on Uganda.", {"UGA"}),
])
def test_a_promise_of_harm_is_a_threat(code, text, threat_to):
    events = _live(code(text)["events"])
    assert [e["event"] for e in events] == ["THREATEN"] and threat_to <= _countries(events[0]["recipient"])


def test_a_promise_to_help_another_fight_is_an_offer_of_help_not_a_threat(code):
    events = _live(code("Kenya pledged to help Somalia fight al-Shabaab.")["events"])
    assert [e["event"] for e in events] == ["AGREE"] and _countries(events[0]["recipient"]) == {"SOM"}


def test_a_harm_in_reports_that_are_denied_is_negated(code):
    events = code("Kenya denied claims that its troops had killed civilians in Somalia.")["events"]
    (assault,) = [e for e in events if e["event"] == "ASSAULT"]
    assert assault["negated"]


def test_the_one_warned_against_a_deed_would_do_it(code):
    (e,) = [e for e in code("Kenya warned Uganda against invading South Sudan.")["events"] if e["event"] == "ASSAULT"]
    assert e["hypothetical"] and _countries(e["actor"]) == {"UGA"}


def test_a_means_and_its_purpose_are_one_act(code):
    events = _live(code("Police in Nairobi used tear gas to disperse protesters.")["events"])
    assert [e["event"] for e in events] == ["ASSAULT"] and _countries(events[0]["recipient"]) == {"KEN"}


def test_a_church_named_after_a_saint_is_not_the_capital_named_after_him(code):
    text = "Rioters set fire to St. John's Episcopal Church near the White House."
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"]
    assert "ATG" not in _countries(e["recipient"])
    assert not [p for p in code(text)["places"] if p["country"] == "ATG"]


def test_the_deed_one_is_called_on_to_do_is_theirs_to_come_however_parsed(code):
    events = code("Human Rights Watch called on Uganda to free jailed journalists.")["events"]
    (release,) = [e for e in events if e["event"] == "RETREAT"]
    assert release["hypothetical"] and _countries(release["actor"]) == {"UGA"}


@pytest.mark.parametrize("text,reporter", [
    ("According to the Kenya Human Rights Commission, police shot three protesters in Kisumu.",
     "Kenya Human Rights Commission"),
    ("Witnesses said Kenyan soldiers opened fire on the crowd.", "Witnesses"),  # a source with no code
])
def test_who_reports_an_event_is_kept_however_named(code, text, reporter):
    (e,) = _live(code(text)["events"])
    assert e["reported_by"] is not None and e["reported_by"]["text"] == reporter
    assert text[e["reported_by"]["start"]:e["reported_by"]["end"]] == reporter


@pytest.mark.parametrize("text", [
    "A car bomb exploded in the north of Mogadishu on Monday.",
    "A bomb went off at a market in Kisumu.",
])
def test_a_bomb_that_went_off_is_an_attack_where_it_did(code, text):
    (e,) = _live(code(text)["events"])
    assert e["event"] == "ASSAULT" and e["location"] is not None


def test_an_envoy_summoned_is_not_of_the_summoning_state(code):
    (e,) = _live(code('"We have summoned the ambassador," a spokesperson for the Kenyan foreign ministry said.')["events"])
    assert e["event"] == "ACCUSE" and "KEN" not in _countries(e["recipient"])


def test_a_state_that_deports_foreigners_is_not_theirs(code):
    (e,) = _live(code("The regime deported 200 Ugandan refugees.")["events"])
    assert e["event"] == "COERCE" and "UGA" not in _countries(e["actor"])


@pytest.mark.parametrize("text,accuser", [
    ("Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant.", "Ukraine"),
    ("Kenya blamed Somali militants for attacking a border post.", "Kenya"),
])
def test_a_deed_one_is_accused_of_is_the_accusers_word(code, text, accuser):
    (deed,) = [e for e in code(text)["events"] if e["event"] == "ASSAULT"]
    assert deed["reported_by"] is not None and deed["reported_by"]["text"] == accuser


def test_a_strikes_place_is_not_the_strikers_country(code):
    (e,) = _live(code("A drone strike killed a senior Hezbollah commander in Beirut.")["events"])
    assert e["actor"][0]["country"] is None and _countries(e["recipient"]) == {"LBN"}


def test_forces_one_state_fights_are_not_its_own(code):
    # the speaker's country is the article's, but not that of the drones its forces shot down
    (e,) = _live(code("The Pentagon said U.S. forces shot down three drones over the Red Sea.")["events"])
    assert _countries(e["actor"]) == {"USA"} and e["recipient"][0]["country"] is None
    # while a state's own insurgents stay its own
    (e,) = _live(code("Pakistan's army said it killed 12 militants.")["events"])
    assert _countries(e["recipient"]) == {"PAK"}


@pytest.mark.parametrize("text", [
    "Georgian riot police fired water cannon and rubber bullets at protesters in Tbilisi.",
    "Kenyan police fired tear gas at demonstrators in Nairobi.",
])
def test_riot_control_fired_at_people_is_crowd_control(code, text):
    (e,) = _live(code(text)["events"])
    assert (e["event"], e["cameo"]) == ("ASSAULT", "175")


def test_the_one_fined_is_not_the_sum_the_tagger_runs_into_the_name(code):
    (fine,) = _live(code("The European Commission fined Google 2.4 billion euros on Tuesday.")["events"])
    assert [r["text"] for r in fine["recipient"]] == ["Google"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("After talks with Ruto in Nairobi, Ugandan President Yoweri Museveni said the border would reopen.", "UGA", "KEN"),
    ("During a meeting with Ruto, Museveni agreed to reopen the border.", "UGA", "KEN"),
])
def test_talks_a_speaker_held_before_speaking_are_a_consultation(code, text, actor, recipient):
    (talks,) = [e for e in _live(code(text)["events"]) if e["event"] == "CONSULT"]
    assert (_countries(talks["actor"]), _countries(talks["recipient"])) == ({actor}, {recipient})


def test_a_dateline_the_parser_takes_for_the_subject_is_not_the_doer(code):
    (e,) = _live(code("NAIROBI, March 3 (Reuters) - Kenya's foreign minister Musalia Mudavadi on Monday accused "
                      "Uganda of blocking aid deliveries.")["events"])[:1]
    assert e["event"] == "ACCUSE" and [a["text"] for a in e["actor"]] == ["Musalia Mudavadi"]


def test_a_dateline_under_a_headline_line_is_not_the_doer(code):
    text = ("Kenya expels UN official\n\nNAIROBI, Feb 6 (AFP) - Kenya's government on Monday ordered the head "
            "of the UN mission's rights office to leave the country within 48 hours, accusing him of bias.")
    events = _live(code(text)["events"])
    assert events and all("NAIROBI" not in a["text"] for e in events for a in e["actor"])
    (ordered,) = [e for e in events if e["trigger"]["text"] == "ordered"]  # told to leave the country: expelled
    assert (ordered["event"], ordered["cameo"], _countries(ordered["actor"])) == ("SANCTION", "166", {"KEN"})


@pytest.mark.parametrize("sentence,event,cameo", [
    ("Kenya ordered the French journalist out of the country.", "COERCE", "174"),  # as "expelled" says
    ("The Kenyan governor ordered residents to leave the coastal towns.", "REQUEST", "100"),  # an evacuation
])
def test_who_is_ordered_out_and_from_where(code, sentence, event, cameo):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == (event, cameo)


def test_a_word_act_after_a_denial_is_the_speakers_own_and_not_denied(code):
    (blamed,) = [e for e in code("A spokesman for the Kenyan army, Colonel Paul Njuguna, denied that troops had "
                                 "burned any homes and blamed al-Shabaab for the fires.")["events"]
                 if e["trigger"]["text"] == "blamed"]
    assert not blamed["negated"] and [a["text"] for a in blamed["actor"]] == ["Paul Njuguna"]
    assert _countries(blamed["recipient"]) == {"SOM"}


def test_the_latest_in_a_series_is_background(code):
    events = _live(code("DUBAI, Jan 12 (Reuters) - Somali pirates fired a rocket at a Greek-owned cargo vessel in "
                        "the Gulf of Aden on Tuesday, the U.S. military said, the latest in a string of attacks "
                        "on shipping.")["events"])
    assert [e["trigger"]["text"] for e in events] == ["fired"]


def test_a_vow_to_keep_up_attacks_is_a_threat(code):
    events = _live(code("Al-Shabaab vowed to keep up the attacks until Kenya withdrew its troops.")["events"])
    assert [e["event"] for e in events] == ["THREATEN"]
    text = ("A spokesman, Ali Dhere, said al-Shabaab had attacked the base because it housed Kenyan troops, "
            "and vowed to keep up the attacks.")
    assert "THREATEN" in [e["event"] for e in _live(code(text)["events"])]


def test_the_strikes_are_the_strikes_told_before_not_the_last_attack(code):
    text = ("Kenya carried out air strikes on al-Shabaab camps in Somalia on Thursday, two days after Uganda "
            "launched drone attacks on Kenyan territory. Somalia said nine people were killed in the strikes.")
    (killed,) = [e for e in _live(code(text)["events"]) if e["trigger"]["text"] == "killed"]
    assert _countries(killed["actor"]) == {"KEN"}


@pytest.mark.parametrize("sentence,target", [
    ("Uganda launched missile and drone attacks on Kenyan territory.", "KEN"),
    ("Somali militias shelled Kenyan soil overnight.", "KEN"),
])
def test_a_countrys_ground_hit_is_that_country(code, sentence, target):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == "ASSAULT" and _countries(e["recipient"]) == {target}


@pytest.mark.parametrize("sentence,actors,recipients", [
    ("AU peacekeepers clashed with Somali protesters in Baidoa, leaving 30 soldiers injured, the mission said.",
     {"IGO"}, {"SOM"}),
    ("Ugandan shelling left ten Kenyan civilians injured in Busia.", {"UGA"}, {"KEN"}),
])
def test_the_harmed_a_deed_left_are_its_victims_not_doers(code, sentence, actors, recipients):
    (e,) = [e for e in _live(code(sentence)["events"]) if e["event"] == "ASSAULT"]
    assert _countries(e["actor"]) == actors and _countries(e["recipient"]) == recipients


def test_a_summons_after_what_a_ministry_said_is_the_ministrys(code):
    text = ("Kenya's foreign ministry said nine people were killed in the raid, and summoned Uganda's charge "
            "d'affaires to protest.")
    (summons,) = [e for e in _live(code(text)["events"]) if e["trigger"]["text"] == "summoned"]
    assert _countries(summons["actor"]) == {"KEN"} and _countries(summons["recipient"]) == {"UGA"}


def test_accused_of_an_offensive_against_its_positions(code):
    """The "of" hung on the last of those accused; "its positions" are the accuser's, and "its
    Ugandan allies" Ugandan, whoever "its" is."""
    text = "Al-Shabaab accused the Kenyan army and its Ugandan allies of launching an offensive against its positions."
    (offensive,) = [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"]
    assert [(a["text"], a["country"]) for a in offensive["actor"]] == [("Kenyan army", "KEN"),
                                                                       ("its Ugandan allies", "UGA")]
    assert _countries(offensive["recipient"]) == {"SOM"}


def test_the_villages_one_is_accused_of_shelling_are_the_accusers(code):
    (shelled,) = [e for e in _live(code("Kenya accused Somalia of shelling its villages.")["events"])
                  if e["event"] == "ASSAULT"]
    assert _countries(shelled["actor"]) == {"SOM"} and _countries(shelled["recipient"]) == {"KEN"}


def test_a_request_rejected_far_on_is_answered_to_its_maker(code):
    text = ("The International Criminal Court's chief prosecutor requested an arrest warrant for Kenya's president, "
            "William Ruto.\n\nThe prosecutor said the evidence was strong.\n\nThe court will rule in March. "
            "Kenya's government rejected the request on Thursday.")
    events = _live(code(text)["events"])
    (asked,) = [e for e in events if e["event"] == "REQUEST"]
    assert _countries(asked["actor"]) == {"IGO"}  # the court's name, with its possessive
    (rejected,) = [e for e in events if e["event"] == "REJECT"]
    assert _countries(rejected["recipient"]) == {"IGO"}


def test_a_passive_goes_on_after_and(code):
    events = _live(code("Kenyan police said 107 people had been detained and 32 police officers injured.")["events"])
    (injured,) = [e for e in events if e["trigger"]["text"] == "injured"]
    assert injured["actor"] == [] and [a["text"] for a in injured["recipient"]] == ["police officers"]


def test_firms_based_in_a_country_are_its(code):
    text = ("Sudan's army has fought the RSF since April 2023. The Treasury Department sanctioned seven companies "
            "based in the United Arab Emirates.")
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "SANCTION"]
    assert _countries(e["actor"]) == {"USA"} and _countries(e["recipient"]) == {"ARE"}


def test_two_deeds_of_one_doer_to_different_parties_are_two_events(code):
    text = ("Kenya and Uganda signed a border agreement on Monday. Tanzania's president welcomed the agreement "
            "and thanked the United States and France for their mediation.")
    support = [e for e in _live(code(text)["events"]) if e["event"] == "SUPPORT" and _countries(e["actor"]) == {"TZA"}]
    assert {frozenset(_countries(e["recipient"])) for e in support} >= {frozenset({"USA", "FRA"})}
    assert len(support) == 2


def test_the_head_of_a_mission_summoned_is_an_envoy_summoned(code):
    (e,) = _live(code("Kenya's foreign ministry summoned Uganda's deputy head of mission in Nairobi.")["events"])
    assert (e["event"], e["cameo"]) == ("ACCUSE", "111") and _countries(e["recipient"]) == {"UGA"}


def test_forces_to_be_deployed_under_a_deal_are_agreed_not_threatened(code):
    (e,) = [e for e in code("Under the deal, the Kenyan army will deploy thousands of soldiers along the "
                            "border.")["events"] if e["trigger"]["text"] == "deploy"]
    assert e["event"] == "AGREE"
    (threat,) = [e for e in code("Kenya will deploy troops to the Ugandan border.")["events"]
                 if e["trigger"]["text"] == "deploy"]
    assert threat["event"] == "THREATEN"


def test_a_gerund_read_as_a_noun_phrase_is_still_the_deed_accused_of(code):
    events = _live(code("Al-Shabaab accused the Kenyan army of bombing civilians.")["events"])
    (bombing,) = [e for e in events if e["event"] == "ASSAULT"]
    assert [a["text"] for a in bombing["actor"]] == ["Kenyan army"] and [a["text"] for a in bombing["recipient"]] == [
        "civilians"]


def test_a_groups_commander_is_of_the_group_not_the_army(code):
    (e,) = _live(code("The leader of al-Shabaab, Ahmed Diriye, rejected the Kenyan offer.")["events"])
    assert (e["actor"][0]["country"], e["actor"][0]["sector"]) == ("SOM", "REB")
    (e,) = _live(code("The RSF's commander, Mohamed Hamdan Dagalo, rejected the Kenyan offer.")["events"])
    assert (e["actor"][0]["country"], e["actor"][0]["sector"]) == ("SDN", "PRM")  # not the army's MIL


def test_striking_back_is_neither_a_strike_nor_a_labour_strike(code):
    assert code("Kenya strikes back")["events"] == []


def test_a_clause_the_parser_reads_as_a_noun_phrase_keeps_its_doer(code):
    (e,) = _live(code("The RSF seized trucks near El Fasher.")["events"])
    assert e["event"] == "COERCE" and _countries(e["actor"]) == {"SDN"}


def test_the_group_named_again_is_the_group_named_before(code):
    events = _live(code("Al-Shabaab attacked a Kenyan army base near Lamu on Monday. Kenya urged the militant "
                        "group to release the captured soldiers.")["events"])
    (urged,) = [e for e in events if e["event"] == "REQUEST"]
    assert (_countries(urged["recipient"]), urged["recipient"][0]["sector"]) == ({"SOM"}, "REB")  # not Kenya's


def test_a_word_act_after_what_someone_said_is_the_speakers_own(code):
    events = code("Somali army commander Ali Yusuf said his forces had not attacked any convoy and accused "
                  "the Kenyan army of shelling civilians.")["events"]
    (accused,) = [e for e in events if e["event"] == "ACCUSE"]
    assert [a["text"] for a in accused["actor"]] == ["Ali Yusuf"] and accused["reported_by"] is None
    (shelled,) = [e for e in _live(events) if e["event"] == "ASSAULT"]  # not merged with the denied attack
    assert _countries(shelled["actor"]) == {"KEN"} and shelled["reported_by"]["text"] == "Ali Yusuf"


@pytest.mark.parametrize("text", [
    "Somalia's president rejected the deal, calling it an attack on Somalia's sovereignty.",
    "Moscow called the strike an attack on Russia.",
    "Kenya described the raid as an attack on its sovereignty.",
])
def test_a_deed_named_in_a_judgement_is_not_done_again(code, text):
    assert not [e for e in code(text)["events"] if e["event"] in ("ASSAULT", "PROTEST")]


def test_a_pact_signed_between_two_parties_is_theirs(code):
    events = _live(code("Somalia's president rejected a deal signed between Ethiopia and Kenya.")["events"])
    (rejected,) = [e for e in events if e["event"] == "REJECT"]
    assert _countries(rejected["recipient"]) == {"ETH", "KEN"}


def test_two_attacks_a_misparse_gives_one_clause_stay_two(code):
    events = _live(code("Israeli air strikes killed at least 20 people in southern Lebanon on Saturday, the "
                        "Lebanese health ministry said, a day after Hezbollah fired 100 rockets at northern Israel.")["events"])
    assaults = {(frozenset(_countries(e["actor"])), frozenset(_countries(e["recipient"])))
                for e in events if e["event"] == "ASSAULT"}
    assert assaults == {(frozenset({"ISR"}), frozenset({"LBN"})), (frozenset({"LBN"}), frozenset({"ISR"}))}



def test_a_name_in_a_clause_on_a_title_is_not_the_titles_holder(code):
    events = _live(code("He used his influence to have a Ukrainian prosecutor investigating Burisma fired.")["events"])
    (probe,) = [e for e in events if e["event"] == "ACCUSE"]
    assert [a["text"] for a in probe["actor"]] == ["Ukrainian prosecutor"]


def test_the_two_leaders_are_the_two_just_named(code):
    text = ("Prime Minister Abiy Ahmed of Ethiopia and President Isaias Afwerki of Eritrea visited the border "
            "together. The two leaders signed a peace agreement in July.")
    (signed,) = [e for e in _live(code(text)["events"]) if e["event"] == "SUPPORT"]
    assert _countries(signed["actor"]) == {"ETH", "ERI"}


def test_two_weapons_used_to_disperse_a_crowd_are_one_act(code):
    events = _live(code("Riot police used water cannon and pepper spray to disperse demonstrators in Tbilisi.")["events"])
    assert len([e for e in events if e["event"] == "ASSAULT"]) == 1


def test_a_statement_issued_by_several_states_is_each_ones(code):
    (urged,) = _live(code("Kenya, Uganda and Tanzania issued a joint statement urging Rwanda to withdraw its "
                          "troops.")["events"])[:1]
    assert urged["event"] == "REQUEST" and _countries(urged["actor"]) == {"KEN", "UGA", "TZA"}


def test_the_incident_condemned_is_the_force_told_before(code):
    text = ("Ugandan police fired tear gas at Kenyan traders at the Busia border post on Tuesday, the Kenyan "
            "government said.\n\nNairobi summoned Uganda's envoy over what it called aggressive actions.\n\n"
            "The African Union condemned the incident.")
    (condemned,) = [e for e in _live(code(text)["events"]) if e["event"] == "ACCUSE" and e["trigger"]["text"] == "condemned"]
    assert _countries(condemned["recipient"]) == {"UGA"}


def test_its_on_what_a_body_does_is_that_body(code):
    (e,) = _live(code("The United States reaffirmed its commitment to defend Japan.")["events"])
    assert e["event"] == "SUPPORT" and _countries(e["actor"]) == {"USA"}


def test_troops_pulled_back_are_the_doers_own_not_their_target(code):
    (e,) = [e for e in code("Russia pulled back troops from the border on Monday.")["events"]]
    assert (e["event"], e["trigger"]["text"], e["recipient"]) == ("RETREAT", "pulled", [])


def test_a_critic_of_a_president_is_not_the_president(code):
    (e,) = _live(code("Tunisian police detained a prominent critic of President Kais Saied.")["events"])
    assert [(a["text"], a["country"], a["sector"]) for a in e["recipient"]] == [("prominent critic", "TUN", "OPP")]


def test_militant_positions_struck_are_the_militants(code):
    (e,) = _live(code("Turkish drones struck Kurdish militant positions in northern Iraq.")["events"])
    assert [(a["country"], a["sector"]) for a in e["recipient"]] == [("IRQ", "REB")]


def test_an_attack_foiled_was_not_made_and_not_by_those_who_foiled_it(code):
    events = code("Police foiled an attack by extremists on a synagogue.")["events"]
    assert _live(events) == []
    assert all(a["sector"] != "COP" for e in events for a in e["actor"])


def test_a_body_denying_a_claim_is_the_it_of_the_claim(code):
    (e,) = code("The Egyptian government denied reports that it had agreed to take in refugees.")["events"]
    assert (e["event"], e["negated"], _countries(e["actor"])) == ("AGREE", True, {"EGY"})


def test_a_report_a_state_rejects_still_accuses_it_of_a_deed_it_denies(code):
    events = {e["event"]: e for e in code("Rwanda rejected a UN report accusing it of backing M23 rebels.")["events"]}
    assert (events["ACCUSE"]["negated"], _countries(events["ACCUSE"]["recipient"])) == (False, {"RWA"})
    assert (events["SUPPORT"]["negated"], _countries(events["SUPPORT"]["actor"])) == (True, {"RWA"})


def test_an_attack_repelled_was_made_on_those_who_repelled_it(code):
    events = _live(code("The Chadian army repelled an attack by Boko Haram militants on a base.")["events"])
    assert {(e["trigger"]["text"], frozenset(_countries(e["actor"])), frozenset(_countries(e["recipient"])))
            for e in events} == {("repelled", frozenset({"TCD"}), frozenset({"NGA"})),
                                 ("attack", frozenset({"NGA"}), frozenset({"TCD"}))}


def test_the_reporter_after_a_dateline_is_the_speaker_not_the_city(code):
    text = ("DHAKA, Aug 4 (Reuters) - Bangladesh's army chief said on Sunday the military would form an "
            "interim government after Prime Minister Sheikh Hasina resigned and fled the country.")
    (e,) = [e for e in code(text)["events"] if e["trigger"]["text"] == "resigned"]
    assert (e["reported_by"]["text"], e["recipient"]) == ("Bangladesh's army chief", [])


def test_a_residence_stormed_is_its_owners(code):
    text = "Prime Minister Sheikh Hasina resigned on Monday. Protesters stormed her official residence in Dhaka."
    (e,) = [e for e in code(text)["events"] if e["trigger"]["text"] == "stormed"]
    assert [(a["name"], a["country"]) for a in e["recipient"]] == [("Sheikh Hasina", "BGD")]


def test_a_gerund_the_tagger_read_as_a_noun_after_accused_of_is_the_deed(code):
    events = _live(code("The RSF accused the army of bombing markets in Nyala.")["events"])
    assert {(e["event"], e["trigger"]["text"]) for e in events} == {("ACCUSE", "accused"), ("ASSAULT", "bombing")}
    (bombing,) = [e for e in events if e["event"] == "ASSAULT"]
    assert [a["sector"] for a in bombing["actor"]] == ["MIL"] and bombing["reported_by"]["text"] == "RSF"


@pytest.mark.parametrize("sentence,recipient,sector", [
    ("Islamist fighters overran an army outpost near the border.", "army outpost", "MIL"),
    ("The army recaptured the state broadcaster's headquarters in Omdurman.", "state broadcaster", "MED"),
])
def test_a_post_or_a_building_taken_is_its_holders(code, sentence, recipient, sector):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], [(a["text"], a["sector"]) for a in e["recipient"]]) == ("COERCE", [(recipient, sector)])


def test_police_armed_with_batons_were_armed_by_no_one(code):
    events = code("Police armed with batons dispersed the crowd.")["events"]
    assert [e["event"] for e in events] == ["ASSAULT"]


def test_hosting_refugees_is_no_visit(code):
    assert code("Turkey hosts 3.2 million Syrian refugees.")["events"] == []


def test_protests_a_decision_sparked_are_not_the_deciders(code):
    events = code("Senegal's president postponed the presidential election, sparking protests.")["events"]
    assert not [e for e in events if any(a["sector"] == "GOV" for a in e["actor"])]


def test_a_vow_to_fight_corruption_is_no_threat_and_a_killing_avenged_is_a_fact(code):
    assert [e["event"] for e in code("The president vowed to fight corruption.")["events"]] == ["AGREE"]
    (killing,) = [e for e in code("Hamas vowed to avenge the killing of its leader.")["events"]
                  if e["trigger"]["text"] == "killing"]
    assert (killing["hypothetical"], killing["actor"]) == (False, [])


@pytest.mark.parametrize("text", ["The bank holds an account in Geneva.",
                                  "It is long past time for Congress to hold itself accountable."])
def test_holding_an_account_or_oneself_to_account_blames_no_one(code, text):
    assert code(text)["events"] == []


def test_western_leaders_are_not_of_the_place_where_they_accuse(code):
    text = "MOSCOW, Feb 16 (Reuters) - Western leaders accused President Vladimir Putin of murder in Moscow."
    (e,) = [e for e in code(text)["events"] if e["event"] == "ACCUSE"]
    assert [(a["text"], a["country"]) for a in e["actor"]] == [("Western leaders", None)]


@pytest.mark.parametrize("text", ["China retaliated with tariffs on US goods.", "The US hit Russia with new sanctions.",
                                  "Beijing retaliated by launching an investigation into European brandy imports."])
def test_retaliation_or_a_hit_by_other_means_is_no_force(code, text):
    assert not [e for e in code(text)["events"] if e["event"] == "ASSAULT"]


def test_embassies_are_not_of_the_country_they_are_in(code):
    text = "NAIROBI, June 27 (Reuters) - The embassies urged the Kenyan government to respect the right to protest."
    (e,) = code(text)["events"]
    assert [(a["text"], a["country"]) for a in e["actor"]] == [("embassies", None)]


def test_a_foreign_minister_is_a_title_not_a_foreigner(code):
    (e,) = code("The foreign ministers met in Athens on Monday.")["events"]
    assert {a["country"] for a in e["actor"]} == {"GRC"}


def test_an_embassy_takes_the_articles_country_when_it_is_not_the_other_sides(code):
    text = ("Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US Secretary of State "
            "Mike Pompeo about the case.")
    (e,) = [e for e in code(text)["events"] if e["event"] == "REQUEST"]
    assert [(a["text"], a["country"]) for a in e["recipient"]] == [("embassy", "USA")]


@pytest.mark.parametrize("sentence, trigger", [
    ("Riot police tear-gassed protesters outside parliament in Nairobi on Tuesday.", "tear-gassed"),
    ("The protesters were tear-gassed by police in Nairobi.", "tear-gassed"),
    ("Police baton-charged students in Dhaka.", "baton-charged"),
])
def test_hyphenated_force_verbs_are_police_force_on_the_crowd(code, sentence, trigger):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["cameo"], e["trigger"]["text"]) == ("ASSAULT", "175", trigger)
    assert ([a["sector"] for a in e["actor"]], [a["sector"] for a in e["recipient"]]) == (["COP"], ["CVL"])


def test_the_papal_nuncio_is_the_holy_sees_envoy(code):
    (e,) = code("Nicaragua expelled the papal nuncio.")["events"]
    assert [(a["country"], a["sector"]) for a in e["recipient"]] == [("VAT", "GOV")]


def test_prisoners_freed_by_the_dozen_are_freed_and_a_states_prisoners_are_its_own(code):
    text = "Cuba released dozens of political prisoners as part of a deal brokered by the Vatican."
    events = code(text)["events"]
    (freed,) = [e for e in events if e["event"] == "RETREAT"]
    assert [(a["text"], a["country"]) for a in freed["recipient"]] == [("political prisoners", "CUB")]
    (brokered,) = [e for e in events if e["trigger"]["text"] == "brokered"]
    assert (brokered["event"], brokered["hypothetical"]) == ("AGREE", False)


def test_hostages_a_group_frees_are_not_its_own(code):
    (e,) = code("Hamas freed dozens of hostages.")["events"]
    assert [a["country"] for a in e["recipient"]] != ["PSE"]


def test_a_release_under_a_deal_someone_brokered_is_the_releasers_not_the_brokers(code):
    events = code("Under the deal brokered by Egypt, Hamas will release 33 hostages.")["events"]
    assert sorted((e["trigger"]["text"], [a["text"] for a in e["actor"]]) for e in events) == [
        ("brokered", ["Egypt"]), ("release", ["Hamas"])]


@pytest.mark.parametrize("sentence, recipient", [
    ("The U.S. State Department approved the possible sale of F-16 fighter jets to Turkey.", "TUR"),
    ("Washington approved a $1 billion arms sale to Taiwan.", "TWN"),
])
def test_an_arms_sale_approved_is_an_intent_to_cooperate_militarily(code, sentence, recipient):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["cameo"], _countries(e["actor"]), _countries(e["recipient"])) == (
        "AGREE", "0312", {"USA"}, {recipient})


def test_a_sale_of_shares_approved_is_no_event(code):
    assert code("The company approved the sale of its shares.")["events"] == []


def test_safe_passage_granted_is_access_allowed(code):
    (e,) = code("The army granted safe passage to civilians leaving the besieged city.")["events"]
    assert (e["event"], e["mode"], e["cameo"]) == ("RETREAT", "access", "086")


@pytest.mark.parametrize("sentence", ["Armenia and Azerbaijan agreed to exchange prisoners of war.",
                                      "Iran and Iraq agreed to release prisoners."])
def test_two_sides_agreeing_on_what_they_do_agree_with_each_other(code, sentence):
    (e,) = [e for e in code(sentence)["events"] if e["event"] == "AGREE"]
    assert _countries(e["recipient"]) == _countries(e["actor"]) and len(_countries(e["actor"])) == 2


def test_two_sides_agreeing_to_help_a_third_agree_with_it(code):
    (e,) = [e for e in code("Russia and China agreed to help Iran.")["events"] if e["event"] == "AGREE"]
    assert _countries(e["recipient"]) == {"IRN"}


def test_who_after_the_place_where_people_are_is_those_people(code):
    text = "Police dispersed thousands of protesters outside parliament, who were rallying against a bill."
    (rally,) = [e for e in code(text)["events"] if e["trigger"]["text"] == "rallying"]
    assert (rally["event"], [a["text"] for a in rally["actor"]]) == ("PROTEST", ["protesters"])


@pytest.mark.parametrize("sentence", ["Manchester United beat Liverpool 2-1 at Old Trafford.", "Brazil beat Bolivia."])
def test_a_match_won_is_no_beating(code, sentence):
    assert code(sentence)["events"] == []


def test_a_journalist_beaten_is_still_a_beating(code):
    (e,) = code("The Taliban beat a journalist in Kabul.")["events"]
    assert (e["event"], e["cameo"]) == ("ASSAULT", "182")


def test_a_visitor_is_not_of_the_place_visited(code):
    (e,) = code("The minister will travel to Brussels next week.")["events"]
    assert [a["country"] for a in e["actor"]] == [None]


def test_firing_back_at_critics_is_a_retort_and_troops_firing_back_fire(code):
    assert code("The senator fired back at critics on Twitter.")["events"] == []
    (e,) = code("Troops fired back at the attackers.")["events"]
    assert e["event"] == "ASSAULT"


def test_roads_blocked_by_farmers_are_a_protest_and_by_police_a_restriction(code):
    farmers = code("Farmers blocked roads with tractors in Paris.")["events"]
    assert [(e["event"], e["mode"]) for e in farmers] == [("PROTEST", "obstruct")]
    (police,) = code("Police blocked roads leading to the square.")["events"]
    assert police["event"] == "COERCE"


@pytest.mark.parametrize("sentence", ["The opposition mobilised thousands of supporters.",
                                      "Organisers, many of them young people mobilised on social media, vowed to go on."])
def test_supporters_mobilised_are_no_forces(code, sentence):
    assert not [e for e in code(sentence)["events"] if e["event"] == "MOBILIZE"]


@pytest.mark.parametrize("sentence", ["Russia mobilised 300,000 reservists.", "The army mobilised."])
def test_a_state_or_an_army_mobilising_mobilises(code, sentence):
    assert [e["event"] for e in code(sentence)["events"]] == ["MOBILIZE"]


@pytest.mark.parametrize("sentence, recipient", [
    ("Syria's government forces retook the town from rebels after weeks of fighting.", ("rebels", "REB")),
    ("Ukrainian troops recaptured Kherson from Russian forces.", ("Russian forces", "MIL")),
])
def test_ground_retaken_is_taken_from_whom_it_was_held_by(code, sentence, recipient):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["cameo"]) == ("COERCE", "192")
    assert [(r["text"], r["sector"]) for r in e["recipient"]] == [recipient]


def test_a_tanker_seized_in_a_strait_is_not_of_the_strait(code):
    (e,) = code("Iran's Revolutionary Guards seized an oil tanker in the Strait of Hormuz.")["events"]
    assert [r["country"] for r in e["recipient"]] == [None]


@pytest.mark.parametrize("sentence, sector", [
    ("Chinese coast guard vessels fired water cannon at a Philippine supply boat.", "MIL"),
    ("Russian navy ships fired missiles at Odesa.", "MIL"),
    ("Army helicopters fired on the rebels.", "MIL"),
])
def test_craft_are_their_owners(code, sentence, sector):
    (e,) = code(sentence)["events"]
    assert [a["sector"] for a in e["actor"]] == [sector]


@pytest.mark.parametrize("sentence", [
    "An Israeli strike on a school killed at least 30 people.",
    "An Israeli strike on a school sheltering displaced people killed at least 30 people.",
])
def test_a_strike_on_a_place_that_killed_people_is_the_strikers(code, sentence):
    (e,) = code(sentence)["events"]
    assert (_countries(e["actor"]), [r["text"] for r in e["recipient"]]) == ({"ISR"}, ["people"])


@pytest.mark.parametrize("sentence", ["North Korea conducted a missile test on Monday.",
                                      "Kim Jong Un oversaw the test of a new intercontinental ballistic missile.",
                                      "North Korea conducted its sixth nuclear test."])
def test_a_weapons_test_is_a_show_of_weapons(code, sentence):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["mode"], _countries(e["actor"])) == ("MOBILIZE", "weapons", {"PRK"})


def test_a_test_students_take_is_no_event(code):
    assert code("Students took a test in Seoul.")["events"] == []


def test_strikes_carried_out_and_the_killing_they_did_are_one_assault(code):
    events = code("Myanmar's junta carried out air strikes on a village in Sagaing region, killing dozens.")["events"]
    assert [e["event"] for e in events] == ["ASSAULT"]


STORY_OF_A_DETENTION = (
    "ISTANBUL, March 19 (Reuters) - Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday.\n\n"
    "Authorities banned demonstrations in Istanbul for four days. Germany's foreign ministry called the "
    "detention \"a serious setback for democracy in Turkey.\"\n\n"
    "Erdogan's office rejected the criticism, saying the judiciary was independent.")


def test_a_detention_called_a_setback_is_criticism_of_whoever_detained(code):
    events = code(STORY_OF_A_DETENTION)["events"]
    (called,) = [e for e in events if e["trigger"]["text"] == "called"]
    assert (called["event"], [(a["text"], a["sector"]) for a in called["recipient"]]) == (
        "ACCUSE", [("Turkish police", "COP")])


def test_criticism_rejected_after_a_quote_that_ends_a_paragraph_answers_the_critic(code):
    events = code(STORY_OF_A_DETENTION)["events"]
    (rejected,) = [e for e in events if e["event"] == "REJECT"]
    assert _countries(rejected["recipient"]) == {"DEU"}


@pytest.mark.parametrize("sentence, recipient", [
    ("Chad ended its defence cooperation agreement with France.", "FRA"),
    ("Trump tore up the nuclear deal with Iran.", "IRN"),
    ("The junta in Niger revoked the military cooperation agreement with the United States.", "USA"),
    ("Niger annulled its defence accords with France.", "FRA"),
])
def test_an_agreement_ended_or_torn_up_cuts_relations(code, sentence, recipient):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["cameo"], _countries(e["recipient"])) == ("SANCTION", "160", {recipient})


def test_a_tax_scrapped_is_a_concession_not_a_break(code):
    (e,) = code("The government scrapped the fuel tax.")["events"]
    assert (e["event"], e["cameo"]) == ("CONCEDE", "0832")


def test_a_strike_that_ended_is_no_sanction(code):
    assert code("The strike ended on Monday.")["events"] == []


def test_fighters_driven_out_are_fought(code):
    (e,) = code("The army drove the rebels out of the town.")["events"]
    assert (e["event"], [a["sector"] for a in e["actor"]], [r["sector"] for r in e["recipient"]]) == (
        "ASSAULT", ["MIL"], ["REB"])


def test_a_town_the_tagger_reads_as_an_adverb_is_still_taken(code):
    (e,) = code("Ukrainian forces recaptured Bakhmut on Tuesday, the defence ministry said.")["events"]
    assert (e["event"], e["cameo"], e["location"]["name"]) == ("COERCE", "192", "Bakhmut")


def test_a_town_taken_that_the_tagger_calls_a_body_is_its_countrys_ground(code):
    (e,) = code("Russian forces captured Avdiivka last week.")["events"]
    assert (_countries(e["actor"]), _countries(e["recipient"])) == ({"RUS"}, {"UKR"})


@pytest.mark.parametrize("verb", ["seized", "gained", "wrested"])
def test_control_of_a_place_taken_is_an_occupation(code, verb):
    (e,) = code(f"Jihadists {verb} control of the district from government forces.")["events"]
    assert (e["event"], e["cameo"], [r["sector"] for r in e["recipient"]]) == ("COERCE", "192", ["MIL"])


@pytest.mark.parametrize("sentence, doer, done_to", [
    ("Hungary blocked the European Union's latest sanctions package against Russia.", "HUN", "EUR"),
    ("Turkey blocked Sweden's bid to join NATO.", "TUR", "SWE"),
])
def test_a_measure_or_bid_blocked_is_rejected(code, sentence, doer, done_to):
    (e,) = [e for e in code(sentence)["events"] if e["trigger"]["text"] == "blocked"]
    assert (e["event"], _countries(e["actor"]), _countries(e["recipient"])) == ("REJECT", {doer}, {done_to})


def test_roads_blocked_by_protesters_are_no_rejection(code):
    (e,) = code("Protesters blocked roads in the capital.")["events"]
    assert e["event"] == "PROTEST"


@pytest.mark.parametrize("sentence", ["Germany sent 14 Leopard tanks to Ukraine.",
                                      "The United States will supply Patriot missiles to Ukraine."])
def test_weapons_named_by_their_model_are_what_is_sent_not_whom(code, sentence):
    (e,) = code(sentence)["events"]
    assert [r["text"] for r in e["recipient"]] == ["Ukraine"]


def test_destroyed_tanks_named_by_their_country_are_that_countrys(code):
    (e,) = code("Ukrainian drones destroyed two Russian tanks near Bakhmut.")["events"]
    assert _countries(e["recipient"]) == {"RUS"}


def test_a_case_filed_at_a_court_accusing_a_state_targets_the_state(code):
    (e,) = code("South Africa filed a case at the International Court of Justice accusing Israel of genocide.")["events"]
    assert (e["event"], _countries(e["actor"]), _countries(e["recipient"])) == ("ACCUSE", {"ZAF"}, {"ISR"})


@pytest.mark.parametrize("sentence, doer, ground", [
    ("Israeli jets struck the outskirts of Damascus.", "ISR", "SYR"),
    ("Israeli airstrikes hit the southern suburbs of Beirut overnight.", "ISR", "LBN"),
    ("Russian missiles hit a village in Kharkiv region.", "RUS", "UKR"),
])
def test_a_strike_on_foreign_ground_targets_that_country(code, sentence, doer, ground):
    (e,) = code(sentence)["events"]
    assert (e["event"], _countries(e["actor"]), _countries(e["recipient"])) == ("ASSAULT", {doer}, {ground})


def test_a_strike_on_the_strikers_own_ground_names_no_target(code):
    (e,) = code("Russian missiles hit a village in the Belgorod region.")["events"]
    assert e["recipient"] == []


@pytest.mark.parametrize("sentence, kind", [
    ("Hundreds of demonstrators stormed the parliament building in Skopje.", ("PROTEST", "145")),
    ("Special forces stormed the hijacked plane at dawn.", ("ASSAULT", "190")),
])
def test_protesters_storming_a_building_protest_violently_where_forces_attack(code, sentence, kind):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["cameo"]) == kind


def test_troops_disengaging_from_friction_points_withdraw(code):
    (e,) = code("Indian and Chinese troops disengaged from the last two friction points along the border.")["events"]
    assert (e["event"], _countries(e["actor"])) == ("RETREAT", {"IND", "CHN"})


def test_those_who_fear_an_attack_are_not_its_doers(code):
    events = code("Kenyan villagers feared an attack on their village.")["events"]
    assert not [e for e in events if e["actor"]]


def test_sides_that_expel_each_others_diplomats_are_each_others_recipients(code):
    (e,) = code("Canada and India expelled each other's top diplomats on Monday.")["events"]
    assert (e["event"], _countries(e["actor"]), _countries(e["recipient"])) == (
        "SANCTION", {"CAN", "IND"}, {"CAN", "IND"})


def test_a_visiting_minister_received_is_a_visit_hosted(code):
    (e,) = code("Jordan's King Abdullah received US Secretary of State Antony Blinken in Amman on Sunday.")["events"]
    assert (e["event"], e["cameo"], _countries(e["actor"]), _countries(e["recipient"])) == (
        "CONSULT", "043", {"JOR"}, {"USA"})


@pytest.mark.parametrize("sentence, doer", [
    ("Ten Malian soldiers were killed in an attack blamed on Islamist militants.", "REB"),
    ("Five civilians were wounded in shelling blamed on Russian forces.", "MIL"),
])
def test_a_deed_blamed_on_someone_by_no_one_named_is_theirs(code, sentence, doer):
    events = code(sentence)["events"]
    assert [(e["event"], [a["sector"] for a in e["actor"]]) for e in events] == [("ASSAULT", [doer])]


def test_the_wounded_are_not_the_ones_who_shelled(code):
    (e,) = code("Three villagers were wounded in shelling near the border.")["events"]
    assert [a["text"] for a in e["actor"]] == [] and [r["text"] for r in e["recipient"]] == ["villagers"]


@pytest.mark.parametrize("sentence, kind", [
    ("At least 30 people were killed when Russian missiles slammed into a hospital in Kyiv.", "ASSAULT"),
    ("The opposition slammed the government over the budget.", "ACCUSE"),
])
def test_missiles_slamming_into_a_building_strike_it(code, sentence, kind):
    slammed = [e for e in code(sentence)["events"] if e["trigger"]["text"] == "slammed"]
    assert [e["event"] for e in slammed] == [kind]


def test_a_bus_slamming_into_a_truck_is_no_event(code):
    assert code("A bus slammed into a truck on the highway.")["events"] == []


@pytest.mark.parametrize("sentence, not_theirs", [
    ("US-backed Kurdish forces captured Raqqa.", "USA"),
    ("Russian-backed separatists shelled Mariupol.", "RUS"),
])
def test_a_group_backed_by_a_state_is_not_that_states(code, sentence, not_theirs):
    (e,) = code(sentence)["events"]
    assert e["actor"] and not_theirs not in _countries(e["actor"])


def test_a_state_leading_a_coalition_is_its_country(code):
    (e,) = code("The Saudi-led coalition struck Sanaa.")["events"]
    assert _countries(e["actor"]) == {"SAU"}


def test_a_states_base_abroad_is_struck_where_it_stands(code):
    (e,) = code("Militants attacked a US base in Syria.")["events"]
    assert (e["location"]["name"], _countries(e["recipient"])) == ("Syria", {"USA"})


def test_a_bomb_planted_by_a_group_kills_by_that_group(code):
    (e,) = code("Two soldiers were killed by a roadside bomb planted by al-Shabaab in Mogadishu.")["events"]
    assert [a["text"] for a in e["actor"]] == ["al-Shabaab"]


@pytest.mark.parametrize("sentence", ["Israel intercepted rockets fired by Hezbollah.",
                                      "Three rockets fired by Hezbollah were intercepted by Israel."])
def test_weapons_fired_at_those_who_intercept_them(code, sentence):
    (e,) = code(sentence)["events"]
    assert (e["event"], _countries(e["actor"]), _countries(e["recipient"])) == ("ASSAULT", {"LBN"}, {"ISR"})


def test_prisoners_handed_over_go_to_whom_they_are_handed(code):
    (e,) = code("Kurdish forces handed over 50 Islamic State suspects to Iraqi authorities.")["events"]
    assert _countries(e["recipient"]) == {"IRQ"}


@pytest.mark.parametrize("sentence, doer", [
    ("Rockets fired from Gaza struck the Israeli city of Ashkelon on Saturday.", "PSE"),
    ("Drones fired by the Houthis hit a ship in the Red Sea.", "YEM"),
])
def test_weapons_fired_by_or_from_someone_strike_for_them(code, sentence, doer):
    (e,) = code(sentence)["events"]
    assert (e["event"], _countries(e["actor"])) == ("ASSAULT", {doer})


def test_a_town_seized_is_an_occupation_and_a_cargo_seized_is_not(code):
    (town,) = code("Rebels seized the town of Bunagana.")["events"]
    (cargo,) = code("Police seized two tonnes of cocaine.")["events"]
    assert (town["cameo"], cargo["cameo"]) == ("192", "171")


def test_a_bomb_that_exploded_killing_people_is_one_bombing(code):
    events = code("A bomb exploded at a market in Kabul, killing five people.")["events"]
    assert [(e["event"], [r["text"] for r in e["recipient"]]) for e in events] == [("ASSAULT", ["people"])]


@pytest.mark.parametrize("sentence, joined", [("Sweden formally joined NATO on Thursday.", True),
                                              ("Thousands of young men joined the Taliban.", False)])
def test_a_state_joining_an_alliance_cooperates_with_it(code, sentence, joined):
    events = [e for e in code(sentence)["events"] if e["event"] == "COOPERATE"]
    assert bool(events) == joined


@pytest.mark.parametrize("sentence, target", [
    ("Kenyan police used water cannon against protesters in Nairobi.", "CVL"),
    ("Police turned water cannon on the crowd.", "CVL"),
])
def test_water_cannon_used_on_people_is_riot_control(code, sentence, target):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["cameo"], [r["sector"] for r in e["recipient"]]) == ("ASSAULT", "175", [target])


def test_parties_of_one_country_signing_abroad_are_not_of_the_venue(code):
    (e,) = code("The Ethiopian government and Tigrayan forces signed a peace deal in Pretoria.")["events"]
    assert _countries(e["actor"]) == {"ETH"}


@pytest.mark.parametrize("sentence, doer", [
    ("Two Israeli soldiers were killed by Hezbollah fire in southern Lebanon.", "LBN"),
    ("Three civilians were killed by Israeli fire near Rafah.", "ISR"),
])
def test_fire_someone_shot_kills_for_them(code, sentence, doer):
    (e,) = code(sentence)["events"]
    assert (e["event"], _countries(e["actor"])) == ("ASSAULT", {doer})


def test_people_killed_in_a_fire_at_a_market_are_no_assault(code):
    assert code("Three people were killed in a fire at a market in Lagos.")["events"] == []


def test_control_regained_is_an_occupation(code):
    (e,) = code("The Syrian government regained control of Aleppo in 2016.")["events"]
    assert (e["event"], e["cameo"]) == ("COERCE", "192")


def test_warships_sailing_in_a_show_of_force_mobilise(code):
    (e,) = code("Chinese warships sailed near Taiwan in a show of force, Taiwan's defence ministry said.")["events"]
    assert (e["event"], e["cameo"], _countries(e["actor"])) == ("MOBILIZE", "150", {"CHN"})


def test_a_concert_that_was_a_show_of_force_is_no_event(code):
    assert code("The concert was a show of force for the band.")["events"] == []


@pytest.mark.parametrize("sentence", [
    "Russian forces attacked in Donetsk region overnight, the Ukrainian military said.",
    "Militants attacked in Mali's north, killing 12 villagers, officials said.",
])
def test_armed_men_who_attacked_with_no_object_are_the_attackers(code, sentence):
    e = next(e for e in code(sentence)["events"] if e["trigger"]["text"] == "attacked")
    assert [a["sector"] for a in e["actor"]] in (["MIL"], ["REB"])
    assert not any(r["sector"] in ("MIL", "REB") for r in e["recipient"])


def test_soldiers_counted_in_a_headline_were_attacked(code):
    (e,) = code("Three soldiers attacked in Kashmir.")["events"]
    assert (e["actor"], [r["sector"] for r in e["recipient"]]) == ([], ["MIL"])


@pytest.mark.parametrize("sentence", ["The attack, blamed by police on the PKK, killed five soldiers in Hakkari.",
                                      "The bombing was blamed by police on the PKK."])
def test_blame_laid_by_someone_named_accuses_whom_it_is_laid_on(code, sentence):
    events = code(sentence)["events"]
    (accuse,) = [e for e in events if e["event"] == "ACCUSE"]
    assert ([a["sector"] for a in accuse["actor"]], [r["text"] for r in accuse["recipient"]]) == (["COP"], ["PKK"])
    assert all([a["text"] for a in e["actor"]] == ["PKK"] for e in events if e["event"] == "ASSAULT")


@pytest.mark.parametrize("sentence", [
    "A bomb blast at a crowded market in Baghdad killed 20 people on Tuesday.",
    "An explosion tore through a mosque in Peshawar on Friday, killing at least 40 worshippers.",
    "A suicide blast at a Shia mosque in Kunduz killed dozens of worshippers.",
])
def test_a_blast_someone_set_off_is_an_assault(code, sentence):
    assert [e["event"] for e in code(sentence)["events"]] == ["ASSAULT"]


@pytest.mark.parametrize("sentence", ["An explosion at a chemical plant in Jiangsu killed 78 people.",
                                      "A gas explosion at a market in Taiyuan killed 31 people."])
def test_a_blast_that_may_be_an_accident_is_no_assault(code, sentence):
    assert code(sentence)["events"] == []


@pytest.mark.parametrize("sentence", ["Qatar hosted talks between the United States and the Taliban.",
                                      "Egypt mediated talks between Israel and Hamas."])
def test_the_sides_of_talks_are_not_where_they_were_held(code, sentence):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["location"]) == ("CONSULT", None)


def test_villages_between_two_towns_are_placed_by_them(code):
    (e,) = code("Russian troops shelled villages between Kharkiv and Izium.")["events"]
    assert e["location"]["name"] == "Kharkiv"


@pytest.mark.parametrize("sentence, fired", [
    ("North Korea launched two ballistic missiles into the sea off its east coast.", "MOBILIZE"),
    ("Iran fired missiles at a US base in Iraq.", "ASSAULT"),
])
def test_missiles_fired_into_the_sea_are_a_show_of_force(code, sentence, fired):
    (e,) = code(sentence)["events"]
    assert e["event"] == fired


@pytest.mark.parametrize("sentence, target", [
    ("The European Commission launched legal action against Poland.", "POL"),
    ("The European Commission opened an infringement procedure against Hungary.", "HUN"),
    ("Brussels started infringement proceedings against Italy over its migration law.", "ITA"),
])
def test_legal_action_against_a_state_is_an_accusation(code, sentence, target):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["cameo"], _countries(e["recipient"])) == ("ACCUSE", "115", {target})


def test_barring_people_from_something_restricts_them(code):
    (e,) = code("The Taliban barred women from attending university.")["events"]
    assert (e["event"], e["mode"], [r["sector"] for r in e["recipient"]]) == ("COERCE", "restrict", ["CVL"])


def test_talks_brokered_by_a_third_state_are_mediation(code):
    (e,) = code("Norway brokered talks between Colombia and the ELN.")["events"]
    assert (e["event"], e["cameo"], _countries(e["actor"]), _countries(e["recipient"])) == (
        "CONSULT", "045", {"NOR"}, {"COL"})


@pytest.mark.parametrize("sentence, doer", [("Israel intercepted rockets fired from Gaza.", "PSE"),
                                            ("Two rockets were fired from Lebanon towards northern Israel.", "LBN")])
def test_rockets_fired_from_a_place_by_no_one_named_are_that_places(code, sentence, doer):
    (e,) = code(sentence)["events"]
    assert (e["event"], _countries(e["actor"]), _countries(e["recipient"])) == ("ASSAULT", {doer}, {"ISR"})


def test_a_ban_in_a_standing_charter_is_no_measure(code):
    assert code("Interpol's constitution bans any intervention of a political character.")["events"] == []


def test_what_someone_is_cited_as_doing_is_not_the_citers_deed(code):
    events = code("Trump has cited an audit as banning him from releasing them.")["events"]
    assert all(e["actor"] == [] for e in events)


def test_troops_a_state_says_it_will_deploy_are_not_threatened(code):
    (e,) = code("The Pentagon said it would deploy 2,000 troops to the Middle East.")["events"]
    assert (e["event"], e["recipient"]) == ("THREATEN", [])


@pytest.mark.parametrize("sentence, coded", [("Ethiopia cut the internet in Tigray.", True),
                                             ("Authorities in Myanmar cut internet access in Rakhine state.", True),
                                             ("The company cut its internet prices.", False),
                                             ("The central bank cut interest rates.", False)])
def test_cutting_the_internet_restricts_and_cutting_prices_does_not(code, sentence, coded):
    assert [e["cameo"] for e in code(sentence)["events"]] == (["1721"] if coded else [])


def test_an_appeal_for_funds_is_a_request(code):
    (e,) = code("The United Nations appealed for $4 billion to help Sudanese refugees.")["events"]
    assert e["event"] == "REQUEST"


@pytest.mark.parametrize("sentence, event", [("The Nigerian army freed 20 hostages held by bandits.", "AID"),
                                             ("Venezuela released 10 American prisoners.", "RETREAT")])
def test_people_freed_from_someone_elses_hands_are_rescued_not_released(code, sentence, event):
    (e,) = code(sentence)["events"]
    assert e["event"] == event


@pytest.mark.parametrize("sentence, target", [
    ("Bolivian troops surrounded the presidential palace in La Paz.", "BOL"),
    ("Russian forces encircled the city of Mariupol.", "UKR"),
])
def test_troops_surrounding_a_place_besiege_it(code, sentence, target):
    (e,) = code(sentence)["events"]
    assert (e["event"], e["cameo"], _countries(e["recipient"])) == ("COERCE", "191", {target})


@pytest.mark.parametrize("sentence", ["The controversy surrounding the election continued.",
                                      "Mountains surround the city of Kabul."])
def test_things_surrounding_other_things_are_no_siege(code, sentence):
    assert code(sentence)["events"] == []


def test_a_meeting_held_to_discuss_something_is_one_meeting(code):
    events = code("Blinken met Wang Yi on Monday to discuss trade.")["events"]
    assert [e["trigger"]["text"] for e in events] == ["met"]


def test_talks_one_is_urged_to_join_are_not_yet_held(code):
    events = code("He urged Khartoum to join a new round of talks.")["events"]
    assert [(e["event"], e["hypothetical"]) for e in events] == [("REQUEST", False), ("CONSULT", True)]


@pytest.mark.parametrize("sentence, whose", [
    ("Egypt had rejected every proposal put forward by Addis Ababa.", "ETH"),
    ("The UN condemned the attack carried out by the RSF.", "SDN"),
])
def test_what_is_rejected_or_condemned_is_aimed_at_whoever_it_is_by(code, sentence, whose):
    e = code(sentence)["events"][0]
    assert _countries(e["recipient"]) == {whose}


@pytest.mark.parametrize("sentence, target", [
    ("At the end of last month, Turkey launched air strikes in Syria.", "SYR"),
    ("Israel carried out air strikes in southern Lebanon.", "LBN"),
    # strikes a state deals, going on, are still blows on that ground
    ("Israeli strikes continued across Gaza on Monday.", "PSE"),
    ("Israeli strikes on Gaza continued on Monday.", "PSE"),
])
def test_strikes_launched_on_foreign_ground_target_that_country(code, sentence, target):
    (e,) = code(sentence)["events"]
    assert (e["event"], _countries(e["recipient"])) == ("ASSAULT", {target})


@pytest.mark.parametrize("sentence", [
    "The strike by teachers continued for a third day.",
    "French rail strikes continued on Monday.",
    "The general strike continued in Bangladesh.",
])
def test_walkouts_going_on_are_not_blows(code, sentence):
    assert [e["event"] for e in code(sentence)["events"]] in ([], ["PROTEST"])


@pytest.mark.parametrize("sentence, event", [
    ("The US launched strikes on Houthi targets in Yemen.", "ASSAULT"),
    ("Pakistan launched strikes against militants in Afghanistan.", "ASSAULT"),
    ("Workers launched a strike on Monday over pay.", "PROTEST"),
    ("Doctors launched a strike against the new contract.", "PROTEST"),
])
def test_strikes_aimed_at_a_target_are_blows_not_walkouts(code, sentence, event):
    (e,) = code(sentence)["events"]
    assert e["event"] == event


@pytest.mark.parametrize("sentence, coded", [("Turkey launched an operation against the PKK in northern Iraq.", True),
                                             ("Surgeons carried out an operation on the president.", False)])
def test_an_operation_against_someone_is_an_assault(code, sentence, coded):
    assert [e["event"] for e in code(sentence)["events"]] == (["ASSAULT"] if coded else [])


@pytest.mark.parametrize("sentence, sector", [
    ("Ukraine's security service detained a suspected Russian spy in Odesa.", "SPY"),
])
def test_a_states_security_service_is_its_intelligence(code, sentence, sector):
    (e,) = code(sentence)["events"]
    assert [(a["country"], a["sector"]) for a in e["actor"]] == [("UKR", sector)]


def test_a_commander_of_an_armed_group_named_before_the_title_is_the_groups(code):
    (e,) = code("A US drone strike killed a senior al-Shabaab commander.")["events"]
    assert [r["sector"] for r in e["recipient"]] == ["REB"]


def test_police_arresting_a_member_of_a_transnational_group_are_not_of_it(code):
    (e,) = code("Police arrested an ISIS commander.")["events"]
    assert e["actor"][0]["country"] != "IMG"


@pytest.mark.parametrize("sentence, event", [
    ("Police in Dhaka charged with batons at opposition protesters.", "ASSAULT"),
    ("Riot police charged at demonstrators outside parliament.", "ASSAULT"),
    ("Police charged the crowd with batons.", "ASSAULT"),
    ("Three men were charged with murder.", "ACCUSE"),
    ("Prosecutors charged him with fraud.", "ACCUSE"),
])
def test_a_charge_at_people_is_a_blow_and_a_charge_with_a_crime_an_accusation(code, sentence, event):
    (e,) = code(sentence)["events"]
    assert e["event"] == event
    if event == "ASSAULT":
        assert [r["sector"] for r in e["recipient"]] in (["CVL"], ["OPP"])


def test_intelligence_shared_is_no_intelligence_service(code):
    events = code("The two countries agreed to share intelligence on terrorist threats.")["events"]
    assert not any(r["sector"] == "SPY" for e in events for r in e["recipient"])


@pytest.mark.parametrize("sentence, coded", [("Egypt and Israel coordinated the opening of the Rafah crossing.", True),
                                             ("Jordan coordinated with Israel on the aid drops.", True),
                                             ("The militants coordinated the attacks.", False),
                                             ("The ministry coordinated the relief effort.", False)])
def test_coordinating_with_another_party_is_cooperation(code, sentence, coded):
    assert ("COOPERATE" in [e["event"] for e in code(sentence)["events"]]) == coded


@pytest.mark.parametrize("sentence, event", [("Turkey handed over 15 Islamic State suspects to Iraq.", "COOPERATE"),
                                             ("Hamas handed over three hostages to the Red Cross.", "RETREAT")])
def test_suspects_handed_to_a_state_are_judicial_cooperation(code, sentence, event):
    (e,) = code(sentence)["events"]
    assert e["event"] == event


def test_a_deed_the_accused_is_accused_of_goes_on_in_a_participle(code):
    events = code("The Sudanese army accused the RSF of shelling a hospital in El Fasher, killing 10 patients.")["events"]
    assert {e["trigger"]["text"]: [a["text"] for a in e["actor"]] for e in events if e["event"] == "ASSAULT"} == {
        "shelling": ["RSF"], "killing": ["RSF"]}


def test_an_attack_is_not_of_the_country_it_hit(code):
    (e,) = code("The Pentagon confirmed that a US soldier was killed in a drone attack in Jordan.")["events"]
    assert e["actor"][0]["country"] != "JOR"


def test_operations_an_army_is_ordered_to_resume_are_not_yet_fact(code):
    events = code("Colombian President Gustavo Petro ordered the army to resume offensive operations against the ELN.")
    (e,) = [e for e in events["events"] if e["event"] == "ASSAULT"]
    assert (e["hypothetical"], [r["text"] for r in e["recipient"]]) == (True, ["ELN"])


@pytest.mark.parametrize("sentence, event", [("Mali withdrew from the ECOWAS regional bloc.", "SANCTION"),
                                             ("Britain left the European Union in 2020.", "SANCTION"),
                                             ("UN peacekeepers withdrew from the town.", "RETREAT")])
def test_a_state_leaving_a_bloc_cuts_ties_and_troops_leaving_a_town_retreat(code, sentence, event):
    (e,) = code(sentence)["events"]
    assert e["event"] == event


@pytest.mark.parametrize("sentence, bloc", [("Observers from the African Union criticised the vote.", "IGO"),
                                            ("Election observers from the European Union criticised the vote.", "EUR")])
def test_observers_from_a_body_speak_for_it(code, sentence, bloc):
    (e,) = code(sentence)["events"]
    assert (e["event"], _countries(e["actor"])) == ("ACCUSE", {bloc})


def test_shelling_reported_is_not_the_reporters(code):
    events = code("The OSCE reported shelling near Donetsk.")["events"]
    assert not any(a["country"] == "IGO" for e in events for a in e["actor"])


def test_ethnic_kin_of_a_nation_are_not_its_state(code):
    (e,) = code("Ethnic Albanian protesters clashed with Serbian police in Presevo.")["events"]
    assert e["actor"][0]["country"] != "ALB"


@pytest.mark.parametrize("sentence, event", [("Iran vowed to respond to Israel's attack.", "THREATEN"),
                                             ("The company vowed to respond to customer complaints.", "AGREE")])
def test_a_vow_to_respond_to_an_attack_is_a_threat(code, sentence, event):
    (e,) = code(sentence)["events"]
    assert e["event"] == event


def test_its_in_one_of_its_is_the_speaking_body(code):
    text = ("Yemen's Houthi movement said on Thursday it had attacked a cargo ship.\n\n"
            "The US military said one of its destroyers had shot down three drones.")
    (shot,) = [e for e in code(text)["events"] if e["trigger"]["text"] == "shot"]
    assert shot["actor"][0]["country"] == "USA"


def test_attacks_that_would_continue_are_not_yet_fact(code):
    events = code("A spokesman for the rebels, Yahya Saree, said the attacks would continue until Israel ends its "
                  "offensive in Gaza.")["events"]
    assert [e["hypothetical"] for e in events if e["trigger"]["text"] == "attacks"] == [True]


def test_it_after_a_dateline_is_the_body_that_speaks_not_the_datelines_city(code):
    text = "SANAA, Nov 20 (Reuters) - Yemen's Houthi movement said on Thursday it had attacked a cargo ship."
    (e,) = code(text)["events"]
    assert [(a["country"], a["sector"]) for a in e["actor"]] == [("YEM", "REB")]


def test_a_city_the_tagger_ran_into_a_time_is_still_the_target(code):
    (e,) = code("Russia launched a massive drone attack on Kyiv overnight.")["events"]
    assert _countries(e["recipient"]) == {"UKR"}


@pytest.mark.parametrize("sentence", ["Ukraine struck a Russian airbase in Crimea.",
                                      "Ukraine's military intelligence said it had struck a Russian airbase in Crimea."])
def test_an_airbase_struck_is_a_strike(code, sentence):
    (e,) = code(sentence)["events"]
    assert (e["event"], _countries(e["actor"]), _countries(e["recipient"])) == ("ASSAULT", {"UKR"}, {"RUS"})


@pytest.mark.parametrize("sentence, event", [("Students occupied the main campus of Columbia University.", "PROTEST"),
                                             ("Russian troops occupied the town of Bucha.", "COERCE")])
def test_civilians_occupying_a_place_protest_and_troops_occupy_it(code, sentence, event):
    (e,) = code(sentence)["events"]
    assert e["event"] == event


@pytest.mark.parametrize("sentence, event", [("Opposition lawmakers walked out of parliament in protest.", "PROTEST"),
                                             ("The delegation walked out of the talks.", "SANCTION")])
def test_a_walkout_in_protest_is_a_protest(code, sentence, event):
    (e,) = code(sentence)["events"]
    assert e["event"] == event


def test_a_bombing_that_killed_people_is_one_event(code):
    events = code("The Pakistani Taliban claimed responsibility for a suicide bombing that killed 23 soldiers.")["events"]
    assert [(e["event"], [a["sector"] for a in e["actor"]], [r["sector"] for r in e["recipient"]]) for e in events] == [
        ("ASSAULT", ["REB"], ["MIL"])]


@pytest.mark.parametrize("sentence, coded", [("Ukrainian forces pushed back Russian troops from positions near Robotyne.", True),
                                             ("The government pushed back the deadline.", False)])
def test_forces_pushed_back_are_attacked(code, sentence, coded):
    assert [e["event"] for e in code(sentence)["events"]] == (["ASSAULT"] if coded else [])


def test_individuals_arrested_are_civilians_and_them_after_them_the_same(code):
    events = code("Belarusian KGB arrested 33 Russian individuals, claiming them to be mercenaries.")["events"]
    assert [(e["event"], [(r["country"], r["sector"]) for r in e["recipient"]]) for e in events] == [
        ("COERCE", [("RUS", "CVL")]), ("ACCUSE", [("RUS", "CVL")])]


def test_thousands_of_someones_supporters_are_on_that_side(code):
    (e,) = _live(code("Thousands of Imran Khan's supporters clashed with police in Islamabad.")["events"])
    assert [(a["text"], a["country"]) for a in e["actor"]] == [("Imran Khan", "PAK")]


@pytest.mark.parametrize("sentence, recipient", [
    ("The opposition leader was placed under house arrest.", "opposition leader"),
    ("Police put the activist under arrest.", "activist"),
])
def test_placed_under_arrest_is_an_arrest(code, sentence, recipient):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"], [r["text"] for r in e["recipient"]]) == ("COERCE", "173", [recipient])


def test_a_seizure_and_an_arrest_in_one_sentence_are_two_measures(code):
    events = _live(code("Soldiers seized power on Wednesday and placed President Ali Bongo under house "
                        "arrest.")["events"])
    assert sorted(e["cameo"] for e in events) == ["171", "173"]
    (arrest,) = [e for e in events if e["cameo"] == "173"]
    assert [r["text"] for r in arrest["recipient"]] == ["Ali Bongo"]


def test_some_of_someones_stances_are_no_party_to_a_clash(code):
    assert _live(code("His moderate politics have clashed with some of the stances of national leaders of his "
                      "party such as Bernie Sanders.")["events"]) == []


LEAD_WITH_DATELINE = ("BEIRUT, Oct 8 (Reuters) - Israeli air strikes killed at least 20 people in southern Lebanon "
                      "on Tuesday, Lebanon's health ministry said, a day after Hezbollah fired more than 100 rockets "
                      "at the Israeli city of Haifa.")


def test_a_lead_sentence_is_parsed_without_its_dateline(code):
    # with the dateline in it, the parser made "fired" the sentence's root and the strikes its
    # subject, so the killing took Haifa for its place
    events = _live(code(LEAD_WITH_DATELINE, published="2024-10-08")["events"])
    (killed,) = [e for e in events if e["trigger"]["text"] == "killed"]
    assert killed["location"]["country"] == "LBN" and killed["date"]["value"] == "2024-10-08"


def test_a_day_after_counts_from_the_day_the_sentence_names_before(code):
    # "a day after" hung on "said", which has no day of its own: the day of the killing, Tuesday
    events = _live(code(LEAD_WITH_DATELINE, published="2024-10-08")["events"])
    (fired,) = [e for e in events if e["trigger"]["text"] == "fired"]
    assert fired["date"]["value"] == "2024-10-07"


@pytest.mark.parametrize("sentence, target", [
    ("Israel ordered a complete siege of the Gaza Strip.", "PSE"),
    ("Israel imposed a siege on Gaza.", "PSE"),
    ("China imposed a naval blockade on Taiwan.", "TWN"),
    ("Russian forces laid siege to Mariupol.", "UKR"),
])
def test_a_siege_or_a_blockade_laid_on_another_is_force_not_a_sanction(code, sentence, target):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"], _countries(e["recipient"])) == ("COERCE", "191", {target})


def test_restrictions_on_another_state_stay_a_sanction(code):
    (e,) = _live(code("The US imposed restrictions on Chinese firms.")["events"])
    assert (e["event"], e["cameo"]) == ("SANCTION", "163")


def test_a_place_the_tagger_calls_a_person_after_near_is_not_the_troops_name(code):
    (e,) = _live(code("Hezbollah said its fighters clashed with Israeli troops near Maroun al-Ras.")["events"])
    assert [(r["text"], r["country"], r["sector"]) for r in e["recipient"]] == [("Israeli troops", "ISR", "MIL")]


def test_a_firm_pushing_into_markets_moves_no_forces(code):
    assert _live(code("The company pushed into new markets.")["events"]) == []


def test_the_two_sides_are_the_states_not_the_bloc_they_belong_to(code):
    out = code("Turkey's foreign minister Hakan Fidan held talks with his Greek counterpart in Athens on Friday, as "
               "the two NATO allies seek to ease tensions over maritime borders.\n\nGreek Foreign Minister Giorgos "
               "Gerapetritis said the two sides had agreed to set up a hotline.")
    (agreed,) = [e for e in _live(out["events"]) if e["event"] == "AGREE" and e["trigger"]["text"] == "agreed"]
    assert _countries(agreed["actor"]) == {"TUR", "GRC"} == _countries(agreed["recipient"])


@pytest.mark.parametrize("sentence, event", [
    ("The protesters threw fireworks at police.", "PROTEST"),
    ("Protesters hurled rocks at the embassy.", "PROTEST"),
    ("Demonstrators hurled Molotov cocktails at riot police.", "ASSAULT"),
])
def test_things_thrown_or_hurled_at_police(code, sentence, event):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == event


def test_what_talks_are_on_is_not_yet_done(code):
    events = code("The government suspended talks on joining the European Union.")["events"]
    assert [e["event"] for e in _live(events)] == ["SANCTION"]
    assert _countries(_live(events)[0]["recipient"]) == {"EUR"}  # the talks were with the bloc to be joined


@pytest.mark.parametrize("sentence, live", [
    ("The Security Council adopted a resolution demanding a ceasefire in Gaza.", ["REQUEST"]),
    ("The Security Council is drafting a resolution demanding a ceasefire.", []),
    ("The US vetoed a UN resolution calling for a ceasefire.", ["REJECT"]),
])
def test_an_adopted_resolution_says_what_it_demands(code, sentence, live):
    assert [e["event"] for e in _live(code(sentence)["events"])] == live


@pytest.mark.parametrize("sentence, event", [
    ("Hungary blocked EU aid to Ukraine.", "REJECT"),  # a veto of a bloc's aid
    ("Israel blocked aid to Gaza.", "COERCE"),
    ("Rebels blocked UN aid convoys.", "COERCE"),
])
def test_a_state_blocking_a_blocs_aid_vetoes_it(code, sentence, event):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == event


@pytest.mark.parametrize("sentence", [
    "Armenian Prime Minister Nikol Pashinyan froze his country's participation in the CSTO.",
    "Niger froze military cooperation with France.",
])
def test_freezing_participation_or_cooperation_cuts_ties(code, sentence):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == ("SANCTION", "162")


def test_people_gathered_to_denounce_protest_and_are_not_the_embassys(code):
    events = _live(code("Hundreds of people gathered outside the Russian embassy to denounce the war.")["events"])
    (gathered,) = [e for e in events if e["event"] == "PROTEST"]
    assert _countries(gathered["recipient"]) == {"RUS"} and gathered["actor"][0]["country"] is None


def test_people_gathered_to_mourn_or_to_discuss_do_not_protest(code):
    for sentence in ("Families gathered to mourn the victims.", "Ministers gathered in Brussels to discuss the budget."):
        assert "PROTEST" not in {e["event"] for e in _live(code(sentence)["events"])}


@pytest.mark.parametrize("sentence, live", [
    ("The military ousted President Mohamed Bazoum in a coup.", ["COERCE"]),
    ("Soldiers overthrew the government of Gabon.", ["COERCE"]),
    ("The ruling party was ousted in the election.", []),
    ("Parliament toppled the government in a no-confidence vote.", []),
])
def test_an_ousting_by_arms_or_in_a_coup_is_force_a_vote_is_not(code, sentence, live):
    assert [e["event"] for e in _live(code(sentence)["events"])] == live


@pytest.mark.parametrize("sentence, threatened", [
    ("The US warned that it would impose sanctions if Turkey bought the S-400.", "TUR"),
    ("Iran threatened to close the Strait of Hormuz if the US attacked.", "USA"),
])
def test_whoever_a_threats_condition_names_is_threatened(code, sentence, threatened):
    (e,) = [e for e in _live(code(sentence)["events"]) if e["event"] == "THREATEN"]
    assert _countries(e["recipient"]) == {threatened}


@pytest.mark.parametrize("sentence, target", [
    ("Israeli jets struck Hezbollah in southern Lebanon.", "LBN"),
    ("US strikes hit ISIS in Syria.", "IMG"),
])
def test_armed_men_struck_or_hit_are_attacked(code, sentence, target):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], _countries(e["recipient"])) == ("ASSAULT", {target})


@pytest.mark.parametrize("sentence", ["The scandal hit the president.", "Lightning struck soldiers at the camp."])
def test_people_hit_by_no_armed_hand_are_not_attacked(code, sentence):
    assert _live(code(sentence)["events"]) == []


def test_a_state_speaker_telling_what_its_army_would_do_threatens(code):
    (e,) = code("Israel's defence minister said the army would hit Hezbollah hard.")["events"]
    assert (e["event"], e["cameo"], e["hypothetical"]) == ("THREATEN", "138", False)
    assert _countries(e["recipient"]) == {"LBN"}


def test_analysts_saying_what_an_army_would_do_forecast(code):
    (e,) = code("Analysts said the army would attack the town.")["events"]
    assert e["hypothetical"] and e["event"] == "ASSAULT"


@pytest.mark.parametrize("sentence, doer, target", [
    ("The Kenyan army said soldiers killed five al-Shabaab fighters in Somalia's Gedo region.", "KEN", "SOM"),
    ("Russia's defence ministry said air defences shot down 30 Ukrainian drones over Belgorod.", "RUS", "UKR"),
])
def test_a_states_spokesman_tells_of_its_own_forces(code, sentence, doer, target):
    (e,) = _live(code(sentence)["events"])
    assert [(a["country"], a["sector"]) for a in e["actor"]] == [(doer, "MIL")]
    assert _countries(e["recipient"]) == {target}


def test_forces_reported_by_witnesses_are_of_the_place(code):
    (e,) = _live(code("Witnesses said soldiers opened fire on protesters in Nairobi.")["events"])
    assert _countries(e["actor"]) == {"KEN"}


@pytest.mark.parametrize("sentence, sector", [
    ("Troops killed 12 of the militants.", "REB"),
    ("Police arrested 40 of the protesters on Sunday.", "CVL"),
])
def test_a_number_counted_out_of_people_is_those_people(code, sentence, sector):
    (e,) = _live(code(sentence)["events"])
    assert [a["sector"] for a in e["recipient"]] == [sector]


def test_a_ship_attacked_with_a_drone_is_the_target(code):
    (e,) = _live(code("Houthi rebels attacked a commercial ship with a drone.")["events"])
    assert [(a["text"], a["sector"]) for a in e["recipient"]] == [("commercial ship", "BUS")]


@pytest.mark.parametrize("sentence, side, sector", [
    ("A Russian general was killed in a bomb blast in Moscow.", "recipient", "MIL"),
    ("Secretary General Stoltenberg condemned Russia.", "actor", "GOV"),
    ("UN Secretary-General Antonio Guterres condemned the attack on the convoy.", "actor", "GOV"),
    ("Retired General David Petraeus met the Kenyan president in Nairobi.", "actor", "ELI"),
])
def test_a_general_is_military_a_secretary_general_is_not(code, sentence, side, sector):
    (e,) = _live(code(sentence)["events"])
    assert [a["sector"] for a in e[side]] == [sector]


@pytest.mark.parametrize("sentence, live", [
    ("The RSF took control of the army headquarters in Nyala.", ["COERCE"]),
    ("Russian forces took control of the Zaporizhzhia nuclear plant.", ["COERCE"]),
    ("The investor took control of the company.", []),
])
def test_control_taken_of_a_site_is_a_seizure(code, sentence, live):
    assert [e["event"] for e in _live(code(sentence)["events"])] == live


@pytest.mark.parametrize("sentence, live", [
    ("A Chinese vessel rammed a Philippine supply boat near Second Thomas Shoal.", ["ASSAULT"]),
    ("A cargo ship rammed a fishing boat in thick fog.", []),
])
def test_a_states_ship_ramming_a_boat_is_force_a_collision_is_not(code, sentence, live):
    assert [e["event"] for e in _live(code(sentence)["events"])] == live


def test_the_shot_dead_are_named_without_dead(code):
    (e,) = _live(code("Azerbaijani forces shot dead two Armenian soldiers on the border.")["events"])
    assert [a["text"] for a in e["recipient"]] == ["Armenian soldiers"]


@pytest.mark.parametrize("sentence, event, doer, target", [
    ("Russia annexed Crimea in 2014.", "COERCE", "RUS", "UKR"),
    ("The Ukrainian navy said it had sunk a Russian landing ship off Crimea.", "ASSAULT", "UKR", "RUS"),
    ("Turkey's parliament approved Finland's accession to NATO on Thursday.", "SUPPORT", "TUR", "FIN"),
])
def test_annexing_sinking_and_approving_an_accession(code, sentence, event, doer, target):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], _countries(e["actor"]), _countries(e["recipient"])) == (event, {doer}, {target})


def test_a_ship_that_sank_is_no_event(code):
    assert code("The ferry sank off the coast of Crete.")["events"] == []


@pytest.mark.parametrize("sentence, doers", [
    ("Pro-Palestinian protesters blocked the entrance to the Israeli consulate in San Francisco.", {"USA"}),
    ("Pro-Russian separatists attacked Ukrainian troops in Donetsk.", {"UKR"}),
])
def test_whom_a_side_is_for_is_not_its_country(code, sentence, doers):
    (e,) = _live(code(sentence)["events"])
    assert _countries(e["actor"]) == doers


def test_the_arrest_a_court_orders_of_a_named_mayor_is_an_arrest(code):
    (e,) = _live(code("A court in Istanbul ordered the arrest of the city's mayor, Ekrem Imamoglu.")["events"])
    assert (e["event"], e["cameo"], [a["text"] for a in e["recipient"]]) == ("COERCE", "173", ["Ekrem Imamoglu"])


def test_an_agent_detained_while_planning_is_the_one_detained(code):
    (e,) = [e for e in _live(code("Ukraine's security service said it had detained a Russian agent planning to "
                                  "assassinate Zelenskiy.")["events"]) if e["event"] == "COERCE"]
    assert _countries(e["recipient"]) == {"RUS"}


def test_a_town_raided_that_the_tagger_took_for_a_person_is_the_towns_country(code):
    (e,) = _live(code("Israeli troops raided Jenin on Monday.")["events"])
    assert (e["event"], _countries(e["recipient"])) == ("COERCE", {"PSE"})


@pytest.mark.parametrize("sentence, cameo, giver, given", [
    ("Ukraine received the first batch of F-16 fighter jets from Denmark.", "072", "DNK", "UKR"),
    ("Pakistan received a new loan from Japan on Monday.", "070", "JPN", "PAK"),
])
def test_aid_received_from_a_state_is_given_by_it(code, sentence, cameo, giver, given):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"], _countries(e["actor"]), _countries(e["recipient"])) == ("AID", cameo, {giver}, {given})


@pytest.mark.parametrize("sentence, target", [
    ("The US imposed tariffs on steel from China.", {"CHN"}),
    ("Lebanon filed a complaint with the UN Security Council against Israel.", {"ISR"}),
])
def test_whom_a_measure_or_a_complaint_falls_on_through_a_phrase(code, sentence, target):
    (e,) = _live(code(sentence)["events"])
    assert _countries(e["recipient"]) == target


def test_the_state_across_a_border_is_not_the_ground_taken(code):
    (e,) = _live(code("Rebels in Myanmar seized a town on the border with China.")["events"])
    assert "CHN" not in _countries(e["recipient"]) and _countries(e["actor"]) == {"MMR"}


def test_the_attack_after_a_shootdown_is_the_barrage_before_it(code):
    events = _live(code("Russian forces launched a massive missile barrage against Ukraine early Wednesday. "
                        "Ukraine's air force said it shot down 71 of 93 missiles. The attack targeted power "
                        "stations in the Lviv region, the energy minister said.")["events"])
    (attack,) = [e for e in events if e["trigger"]["text"] == "attack"]
    assert _countries(attack["actor"]) == {"RUS"}


@pytest.mark.parametrize("sentence, event", [
    ("Ukraine struck inside Russia overnight.", "ASSAULT"),
    ("Israel struck at Hezbollah positions in southern Lebanon.", "ASSAULT"),
    ("Nurses will strike for two days next week.", "PROTEST"),
])
def test_striking_into_a_country_is_a_blow_not_a_walkout(code, sentence, event):
    assert [e["event"] for e in code(sentence)["events"]] == [event]


@pytest.mark.parametrize("sentence, event", [
    ("Thousands of nurses walked off the job in England on Thursday.", "PROTEST"),
    ("Teachers walked out on Monday over pay.", "PROTEST"),
    ("The Russian delegation walked out of the UN meeting.", "SANCTION"),
])
def test_workers_walking_out_strike_a_delegation_walking_out_leaves(code, sentence, event):
    assert [e["event"] for e in _live(code(sentence)["events"])] == [event]


def test_walking_off_a_stage_is_no_strike(code):
    assert code("The minister walked off the stage.")["events"] == []


def test_forces_deployed_with_no_one_named_deploying_move_themselves(code):
    (e,) = [e for e in _live(code("Ruto said the army had been deployed to support the police.")["events"])
            if e["event"] == "MOBILIZE"]
    assert [(a["text"], a["sector"]) for a in e["actor"]] == [("army", "MIL")]


@pytest.mark.parametrize("sentence, cameo", [
    ("Some 1,800 police have been deployed in the centre of Nicosia.", "153"),
    ("The government deployed riot police to the capital.", "153"),
    ("Kenya deployed troops to Haiti.", "154"),
])
def test_police_deployed_are_police_power_troops_armed_force(code, sentence, cameo):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == ("MOBILIZE", cameo)


@pytest.mark.parametrize("sentence", ["IS militants executed 20 Syrian soldiers in Palmyra.",
                                      "The army said IS killed 12 civilians near Mosul."])
def test_is_for_the_islamic_state_is_a_name_not_a_verb(code, sentence):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == "ASSAULT" and _countries(e["actor"]) == {"IMG"}


def test_a_state_executing_someone_of_no_country_executes_its_own(code):
    (e,) = [e for e in _live(code("Iran executed a man convicted of spying for Israel.")["events"])
            if e["event"] == "ASSAULT"]
    assert _countries(e["recipient"]) == {"IRN"}


@pytest.mark.parametrize("text", [
    "The Kenyan rebels claimed responsibility for a suicide bombing at a police compound in Kisumu that killed 20 people.",
    "Ugandan forces carried out an airstrike on a school in Kisumu that killed 30 people.",
])
def test_a_blow_that_killed_is_one_event_though_the_that_hangs_on_its_place(code, text):
    """The parser hangs "that killed" on the compound or the school: the blow killed, not the place."""
    assaults = [e for e in _live(code(text)["events"]) if e["event"] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0]["actor"], assaults


def test_what_a_pact_said_to_be_void_does_is_the_pacts(code):
    """"They concluded that the agreement is void and does not comply with the law": the
    agreement does not comply, not they."""
    text = ("Kenya and Uganda signed a border agreement. Tanzanian ministers concluded that the agreement "
            "between Kenya and Uganda is null and void and does not comply with the law.")
    events = code(text)["events"]  # (negated ones too: "does not comply")
    assert any(e["trigger"]["text"] == "comply" for e in events)
    for e in events:
        assert "TZA" not in _countries(e["actor"]), e


def test_a_states_own_military_targets_are_not_its_own(code):
    """"Russia said it had struck military targets": targets of no country named are not the striker's."""
    (e,) = _live(code("Kenya's defence ministry said it had struck military targets near the border.")["events"])
    assert _countries(e["actor"]) == {"KEN"} and "KEN" not in _countries(e["recipient"])


@pytest.mark.parametrize("sentence,event,cameo,recipients", [
    # asylum granted has its own CAMEO code; candidate status or recognition granted is support
    ("Kenya granted asylum to the Ugandan opposition leader.", "AID", "075", {"UGA"}),
    ("The European Union granted Uganda candidate status.", "SUPPORT", "050", {"UGA"}),
])
def test_what_a_state_grants(code, sentence, event, cameo, recipients):
    (e,) = [e for e in _live(code(sentence)["events"]) if e["event"] == event]
    assert e["cameo"] == cameo and recipients <= _countries(e["recipient"])


@pytest.mark.parametrize("sentence,actors", [
    # a second subject the parser made of an adjective before the name
    ("Sudan's paramilitary Rapid Support Forces shelled a displacement camp in El Fasher.", {"SDN"}),
    # a past tense the parser hung on the last noun of a headline-like phrase: the phrase's head did it
    ("An Israeli strike on a school sheltering displaced families in Gaza killed at least 30 people.", {"ISR"}),
])
def test_the_doer_behind_a_misparsed_subject(code, sentence, actors):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == "ASSAULT" and _countries(e["actor"]) == actors


def test_wounded_people_described_are_no_deed_of_their_own(code):
    events = _live(code("A Russian missile attack on a hospital treating wounded soldiers in Kharkiv killed five "
                        "people.")["events"])
    assert [(e["event"], e["trigger"]["text"]) for e in events] == [("ASSAULT", "killed")]


@pytest.mark.parametrize("sentence", ["India suspended the Indus Waters Treaty with Pakistan after the Pahalgam attack.",
                                      "India suspended the water treaty with Pakistan."])
def test_a_treaty_suspended_is_a_measure_against_the_other_party(code, sentence):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == ("SANCTION", "160")
    assert [(a["text"], a["country"]) for a in e["recipient"]] == [("Pakistan", "PAK")]


@pytest.mark.parametrize("sentence,actors,recipients", [
    ("The European Union's foreign policy chief Kaja Kallas warned Tbilisi that the bloc could suspend "
     "visa-free travel for Georgians.", {"EUR"}, {"GEO"}),
    ("Biden warned Moscow that the United States could impose tough sanctions.", {"USA"}, {"RUS"}),
])
def test_a_warning_that_ones_own_side_could_act_is_a_threat(code, sentence, actors, recipients):
    (e,) = [e for e in code(sentence, published="2025-01-15")["events"] if e["event"] == "THREATEN"]
    assert _countries(e["actor"]) == actors and _countries(e["recipient"]) == recipients


def test_a_warning_that_a_rival_at_home_could_act_is_a_forecast(code):
    text = "Trump hailed the report on Twitter and warned that Biden could destroy the growth with his tax increases."
    assert not [e for e in code(text)["events"] if e["event"] == "THREATEN"]


def test_talks_suspended_on_joining_a_bloc_are_suspended_with_it_however_parsed(code):
    """The parser hangs "on joining" on the verb after "decided to suspend"."""
    (e,) = [e for e in code("The government decided to suspend talks on joining the European Union.")["events"]
            if e["event"] == "SANCTION"]
    assert _countries(e["recipient"]) == {"EUR"}


@pytest.mark.parametrize("sentence,actors,victims", [
    ("The raid in Jenin on Thursday left three Palestinians dead.", set(), {"PSE"}),
    ("An Israeli strike on a house in Khan Younis left seven people dead and 12 wounded, medics said.",
     {"ISR"}, {"PSE"}),
    ("Gunmen left five villagers dead in Plateau state.", {"NGA"}, {"NGA"}),
])
def test_violence_that_left_people_dead_is_an_assault(code, sentence, actors, victims):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == "ASSAULT" and _countries(e["actor"]) == actors and _countries(e["recipient"]) == victims


@pytest.mark.parametrize("sentence", ["The earthquake left 200 people dead in eastern Turkey.",
                                      "The crash on the Nairobi highway left two passengers injured.",
                                      "The Kenyan minister left the meeting angry."])
def test_a_toll_left_by_no_ones_deed_is_no_assault(code, sentence):
    assert not [e for e in _live(code(sentence)["events"]) if e["event"] == "ASSAULT"]


@pytest.mark.parametrize("sentence,doer,coded", [
    ("Police blocked the highway to Kabul.", "Police", ("COERCE", "191")),
    ("Israeli troops blocked the road to Nablus.", "Israeli troops", ("COERCE", "191")),
    ("Protesters blocked the highway to Kabul.", "Protesters", ("PROTEST", "144")),
    ("Climate activists blocked a motorway in Berlin.", "Climate activists", ("PROTEST", "144")),
])
def test_a_road_blocked_by_the_state_is_a_restriction_by_people_a_protest(code, sentence, doer, coded):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == coded and [a["text"] for a in e["actor"]] == [doer]


@pytest.mark.parametrize("sentence", ["In a video posted on Instagram, the senator thanked her supporters.",
                                      "Fans in the audience probed the stars about their comedic backgrounds."])
def test_courtesies_and_questions_from_an_audience_are_no_events(code, sentence):
    assert _live(code(sentence)["events"]) == []


def test_a_probe_by_the_police_is_an_investigation(code):
    (e,) = _live(code("Kenyan police probed the minister about the missing funds.")["events"])
    assert (e["event"], e["cameo"]) == ("ACCUSE", "090")


@pytest.mark.parametrize("sentence", ["Ruto vowed that Kenya would not be intimidated.",
                                      "The Kenyan president vowed he would not back down."])
def test_a_vow_not_to_give_in_is_no_promise(code, sentence):
    assert not [e for e in _live(code(sentence)["events"]) if e["event"] == "AGREE"]


def test_a_pledge_of_restraint_is_a_promise(code):
    assert [e["event"] for e in _live(code("Uganda pledged not to attack Kenyan border posts.")["events"])] == ["AGREE"]


def test_ships_expelled_from_waters_are_coerced_not_sanctioned(code):
    (e,) = _live(code("The Chinese navy said it expelled a Kenyan patrol boat from its waters.")["events"])
    assert (e["event"], e["cameo"]) == ("COERCE", "170") and _countries(e["recipient"]) == {"KEN"}


@pytest.mark.parametrize("sentence,closer,across", [
    ("Finland closed all crossings on its border with Russia.", {"FIN"}, {"RUS"}),
    ("Pakistan closed the Torkham crossing on its border with Afghanistan.", {"PAK"}, {"AFG"}),
])
def test_crossings_closed_on_a_border_are_closed_to_the_state_across_it(code, sentence, closer, across):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == ("SANCTION", "163")
    assert _countries(e["actor"]) == closer and _countries(e["recipient"]) == across


@pytest.mark.parametrize("sentence,target", [("Robert Fico survived an assassination attempt in Handlova.", "SVK"),
                                             ("An assassination attempt on the Kenyan president shocked Nairobi.", "KEN")])
def test_an_assassination_attempt_is_an_assault_on_its_target(code, sentence, target):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == ("ASSAULT", "186") and _countries(e["recipient"]) == {target} and not e["actor"]


def test_a_peace_agreement_initialled_is_signed_by_each_side_with_the_other(code):
    (e,) = _live(code("Armenia and Azerbaijan initialled a peace agreement at the White House.")["events"])
    assert (e["event"], e["cameo"]) == ("SUPPORT", "057")
    assert _countries(e["actor"]) == _countries(e["recipient"]) == {"ARM", "AZE"}


@pytest.mark.parametrize("sentence,attackers,attacked", [
    ("Kenyan police officers deployed to Haiti came under fire from gang members in Port-au-Prince.", {"HTI"}, {"KEN"}),
    ("A UN convoy came under attack from militants near Goma.", {"COD"}, {"UNO"}),
    ("Israeli troops came under fire in Jenin.", set(), {"ISR"}),
])
def test_whoever_comes_under_fire_or_attack_is_attacked(code, sentence, attackers, attacked):
    (e,) = [e for e in _live(code(sentence)["events"]) if e["event"] == "ASSAULT"]
    assert _countries(e["actor"]) == attackers and _countries(e["recipient"]) == attacked


@pytest.mark.parametrize("sentence", ["The Kenyan minister came under fire for his remarks about migrants.",
                                      "The Kenyan president came under fire from opposition lawmakers."])
def test_coming_under_fire_for_words_is_no_assault(code, sentence):
    assert not [e for e in _live(code(sentence)["events"]) if e["event"] == "ASSAULT"]


def test_thousands_of_troops_sent_to_a_country_are_sent_to_it(code):
    (e,) = _live(code("North Korea sent thousands of troops to Russia.")["events"])
    assert e["event"] == "MOBILIZE" and _countries(e["actor"]) == {"PRK"} and _countries(e["recipient"]) == {"RUS"}


def test_a_call_made_to_urge_is_the_callers_request(code):
    (e,) = [e for e in _live(code("Kenyan President William Ruto telephoned Ugandan President Yoweri Museveni to urge restraint.")["events"])
            if e["event"] == "REQUEST"]
    assert _countries(e["actor"]) == {"KEN"} and _countries(e["recipient"]) == {"UGA"}


def test_settlers_in_the_west_bank_are_israelis(code):
    (e,) = _live(code("Settlers attacked Palestinian farmers near Nablus.")["events"])
    assert _countries(e["actor"]) == {"ISR"} and _countries(e["recipient"]) == {"PSE"}


@pytest.mark.parametrize("sentence,coded", [("China announced live-fire drills around Taiwan.", ["MOBILIZE"]),
                                            ("The Kenyan company announced a fire drill at its headquarters.", []),
                                            ("Kenyan schools held earthquake drills.", [])])
def test_military_drills_show_force_and_fire_drills_do_not(code, sentence, coded):
    assert [e["event"] for e in _live(code(sentence)["events"])] == coded


def test_a_former_president_indicted_by_prosecutors_is_their_countrys(code):
    (e,) = _live(code("South Korean prosecutors indicted the former president on insurrection charges.")["events"])
    assert [(r["country"], r["sector"]) for r in e["recipient"]] == [("KOR", "ELI")]


def test_what_someone_is_urged_to_deliver_is_no_recipient_of_the_urging(code):
    (e,) = [e for e in _live(code("Ruto called on allies to deliver more air defence systems.")["events"])
            if e["event"] == "REQUEST"]
    assert e["recipient"] == []


def test_militias_backed_by_a_state_are_not_its_even_as_the_sentences_only_country(code):
    (e,) = _live(code("Iran-backed militias attacked a convoy near the border.")["events"])
    assert _countries(e["actor"]) == set()


def test_the_mediators_of_a_deal_mediate_between_its_parties_not_each_other(code):
    events = _live(code("Kenya and Uganda agreed to a ceasefire brokered by Tanzania and Rwanda.")["events"])
    (e,) = [e for e in events if e["cameo"] == "039"]
    assert _countries(e["actor"]) == {"TZA", "RWA"} and _countries(e["recipient"]) == {"KEN", "UGA"}


@pytest.mark.parametrize("sentence,owner", [
    ("Belarusian military helicopters violated Lithuanian airspace on Sunday.", "LTU"),
    ("Latvia said Belarusian helicopters had violated its airspace twice.", "LVA"),  # no plural is "its"
    ("Chinese coast guard ships violated Philippine territorial waters near Palawan.", "PHL")])
def test_a_violated_airspace_is_a_show_of_force_against_its_owner(code, sentence, owner):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == ("MOBILIZE", "150") and _countries(e["recipient"]) == {owner}


def test_troops_deployed_into_territory_have_no_recipient_in_it(code):
    (e,) = _live(code("Government forces began deploying into rebel-held territory on Monday.")["events"])
    assert e["event"] == "MOBILIZE" and e["recipient"] == []


def test_what_an_actor_asks_its_allies_for_is_no_recipient(code):
    (e,) = _live(code("Moldova asked its allies for more air defence systems.")["events"])
    assert e["event"] == "REQUEST" and e["recipient"] == []


def test_the_one_who_broke_a_truce_by_striking_struck(code):
    (e,) = _live(code("Azerbaijan violated the ceasefire agreement by striking Armenian villages.")["events"])
    assert e["event"] == "ASSAULT" and _countries(e["actor"]) == {"AZE"} and _countries(e["recipient"]) == {"ARM"}


def test_a_european_proposal_is_the_european_unions(code):
    (e,) = _live(code("The Kremlin rejected a European proposal for a 30-day ceasefire.")["events"])
    assert e["event"] == "REJECT" and _countries(e["recipient"]) == {"EUR"}


def test_a_harm_hung_on_the_cue_after_a_reported_deed_is_the_deeds(code):
    coded = code("Malaysian navy ships fired on a Thai trawler near Langkawi on Monday, the Thai navy said, "
                 "injuring three fishermen.", published="2026-11-20")
    (fire,) = [e for e in _live(coded["events"]) if e["trigger"]["text"] == "fired"]
    (harm,) = [e for e in _live(coded["events"]) if e["trigger"]["text"] == "injuring"]
    assert _countries(harm["actor"]) == {"MYS"} and harm["date"]["value"] == "2026-11-16"
    assert harm["location"] is not None and harm["location"] == fire["location"]


def test_those_who_repel_an_attack_by_no_one_named_repel_it_on_no_one(code):
    (e,) = _live(code("The Nigerian army said it had repelled an attack on its base.")["events"])
    assert e["event"] == "ASSAULT" and _countries(e["actor"]) == {"NGA"} and e["recipient"] == []


def test_both_sides_called_on_by_others_are_not_the_callers(code):
    text = ("Sudan's army and the RSF clashed near Omdurman on Sunday. "
            "Kenya and Ethiopia called on both sides to return to negotiations.")
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "REQUEST"]
    assert _countries(e["actor"]) == {"KEN", "ETH"} and _countries(e["recipient"]) == {"SDN"}


@pytest.mark.parametrize("sentence", ["Sudan and South Sudan agreed to a truce mediated by Kenya and Uganda.",
                                      "Sudan and South Sudan swapped 40 prisoners each, mediated by Kenya and Uganda."])
def test_mediators_of_a_truce_or_a_swap_mediate_between_its_parties(code, sentence):
    (e,) = [e for e in _live(code(sentence)["events"]) if e["trigger"]["text"] == "mediated"]
    assert _countries(e["actor"]) == {"KEN", "UGA"} and _countries(e["recipient"]) == {"SDN", "SSD"}


@pytest.mark.parametrize("sentence, aid", [("India sent a shipment of wheat to Afghanistan via Iran.", "AFG"),
                                           ("China shipped 1,000 tonnes of rice to Sri Lanka.", "LKA")])
def test_food_shipped_or_sent_to_a_country_is_aid_and_the_way_is_no_place(code, sentence, aid):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == "AID" and _countries(e["recipient"]) == {aid} and e["location"] is None


@pytest.mark.parametrize("sentence, coded", [("Students blockaded universities across Serbia for a third month.",
                                              ("PROTEST", "144")),
                                             ("Egypt blockaded the Gaza Strip.", ("COERCE", "191"))])
def test_a_blockade_by_civilians_is_a_protest_and_by_a_state_a_restriction(code, sentence, coded):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == coded


def test_a_past_tense_joined_after_an_accusation_is_the_accusers(code):
    text = ("Somalia's Prime Minister Hamza Barre accused Ethiopia of deliberately violating its sovereignty "
            "and called on the African Union to intervene.")
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "REQUEST"]
    assert _countries(e["actor"]) == {"SOM"}


@pytest.mark.parametrize("sentence, target", [
    # tariffs on a sum of goods fall on the goods' country
    ("Mexico retaliated with tariffs on $30 billion of Canadian goods.", "CAN"),
    ("India imposed tariffs on $60 billion worth of Chinese goods.", "CHN"),
    ("Brazil raised tariffs on 300 billion dollars of American imports.", "USA"),
    # firms put on a sanctions or entity list are sanctioned
    ("The Commerce Department added 80 Chinese companies to its entity list.", "CHN"),
    ("Beijing put five US defence firms on its unreliable entity list.", "USA"),
    ("The EU placed three Belarusian banks on its sanctions list.", "BLR")])
def test_measures_on_goods_or_listed_firms_fall_on_their_country(code, sentence, target):
    (e,) = _live(code(sentence)["events"])
    assert (e["event"], e["cameo"]) == ("SANCTION", "163") and _countries(e["recipient"]) == {target}


@pytest.mark.parametrize("sentence", ["The rebels halted their attacks on army positions.",
                                      "Israel paused its offensive in Rafah."])
def test_attacks_halted_are_a_de_escalation_not_an_attack(code, sentence):
    assert [(e["event"], e["mode"]) for e in _live(code(sentence)["events"])] == [("RETREAT", "ceasefire")]


def test_it_said_to_be_ready_is_the_speaker(code):
    (e,) = _live(code("Hamas said it was ready to release all hostages.")["events"])
    assert e["event"] == "AGREE" and [a["country"] for a in e["actor"]] == ["PSE"]


def test_a_person_a_state_sentences_is_its_own_unless_told_otherwise(code):
    (e,) = _live(code("Belarus sentenced Nobel laureate Ales Bialiatski to 10 years in prison.")["events"])
    assert _countries(e["recipient"]) == {"BLR"}


def test_a_verdict_on_a_deed_elsewhere_is_not_placed_where_the_deed_was(code):
    (e,) = _live(code("The Kenyan president condemned the attack in Mogadishu.")["events"])
    assert e["event"] == "ACCUSE" and e["location"] is None


@pytest.mark.parametrize("text", ["Speaking in Nairobi on Monday, Ruto condemned the attack in Mogadishu.",
                                  "Ruto condemned the attack in Mogadishu, speaking to reporters in Nairobi on Monday."])
def test_words_said_while_speaking_somewhere_are_placed_and_dated_there(code, text):
    (e,) = _live(code(text, published="2026-11-20")["events"])
    assert e["location"]["name"] == "Nairobi" and e["date"]["value"] == "2026-11-16"


def test_it_said_it_goes_back_to_the_body_the_first_it_is(code):
    text = ("The African Union peacekeeping mission welcomed the deployment. "
            "It said it was ready to support the Somali army.")
    (e,) = [e for e in _live(code(text)["events"]) if e["event"] == "AGREE"]
    assert [a["country"] for a in e["actor"]] == ["IGO"]


def test_those_whose_convoy_hit_a_bomb_are_its_victims_not_its_layers(code):
    events = _live(code("Six Nigerien soldiers were killed when their convoy hit a roadside bomb.")["events"])
    (bomb,) = [e for e in events if e["trigger"]["text"] == "bomb"]
    assert bomb["actor"] == [] and _countries(bomb["recipient"]) == {"NER"}


def test_a_bomb_planted_is_an_attack(code):
    (e,) = _live(code("Militants planted a roadside bomb near the market.")["events"])
    assert (e["event"], e["mode"]) == ("ASSAULT", "explosives")


@pytest.mark.parametrize("sentence", ["Jihadists linked to al-Qaeda killed 20 civilians in central Mali.",
                                      "Militants tied to the Islamic State attacked a church in northern Mozambique."])
def test_doers_described_by_their_ties_still_do_the_deed(code, sentence):
    (e,) = _live(code(sentence)["events"])
    assert e["event"] == "ASSAULT" and [a["sector"] for a in e["actor"]] == ["REB"]


def test_a_sea_ships_are_sent_to_is_no_recipient(code):
    (e,) = _live(code("China dispatched two destroyers to the Gulf of Aden.")["events"])
    assert (e["event"], e["cameo"]) == ("MOBILIZE", "154") and e["recipient"] == []


def test_a_grant_approved_for_a_country_is_aid(code):
    (e,) = _live(code("The World Bank approved a $500 million grant for Bangladesh.")["events"])
    assert (e["event"], e["cameo"]) == ("AID", "071") and _countries(e["recipient"]) == {"BGD"}


def test_an_aircraft_carrier_sent_is_a_show_of_force(code):
    (e,) = _live(code("The United States sent an aircraft carrier to the eastern Mediterranean.")["events"])
    assert (e["event"], e["cameo"]) == ("MOBILIZE", "154") and _countries(e["actor"]) == {"USA"}


def test_a_storm_hitting_islands_criticises_no_one(code):
    assert _live(code("As Hurricane Maria hit the Canary Islands, the government issued a warning.")["events"]) == []


@pytest.mark.parametrize("sentence, threat", [("The UN aid chief warned that famine was imminent in Darfur.", False),
                                              ("The UN warned that the situation could deteriorate.", False),
                                              ("Iran warned that its response would be swift.", True)])
def test_a_warning_of_what_no_one_does_is_no_threat(code, sentence, threat):
    assert bool([e for e in _live(code(sentence)["events"]) if e["event"] == "THREATEN"]) is threat


def test_not_going_to_negotiate_is_negated(code):
    coded = code("Serbia is not going to negotiate with Kosovo, the president said.")
    assert [e for e in _live(coded["events"]) if e["event"] == "AGREE"] == []


def test_an_embassy_reopened_is_diplomatic_support(code):
    (e,) = _live(code("Bahrain reopened its embassy in Doha.")["events"])
    assert (e["event"], e["cameo"]) == ("SUPPORT", "054") and _countries(e["recipient"]) == {"QAT"}


def test_mediators_of_ties_restored_mediate_between_the_two(code):
    coded = code("Qatar and Bahrain restored diplomatic ties in a deal brokered by Kuwait.")
    (e,) = [e for e in _live(coded["events"]) if e["cameo"] == "039"]
    assert _countries(e["actor"]) == {"KWT"} and _countries(e["recipient"]) == {"QAT", "BHR"}
