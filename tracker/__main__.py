from tracker.entry import main

raise SystemExit(main())
