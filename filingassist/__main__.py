from filingassist.cli.main import main

raise SystemExit(main())
