"""What the app shows, as rich renderables built from Text objects: plain functions over the
domain's data, cheap to test, and free of textual (tests/app/test_layering.py checks)."""
