"""The demo: a generated home with real-schema stores, for --demo, the tests and the benchmark."""
