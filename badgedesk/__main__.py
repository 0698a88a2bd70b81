from badgedesk.cli import main

raise SystemExit(main())
