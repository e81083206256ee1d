from wirecoder.cli import main

main()
