"""Cookie stores: where they are, how to read them exactly, whether their browser runs."""
