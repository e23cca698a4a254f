"""The schema's version: the names of every migration in db/schema.py, in
order. Kept apart so that opening an up-to-date termbase reads them without
importing sqlite-utils."""

MIGRATION_SET = "kozh"
MIGRATIONS = ("m001_create_tables", "m002_spellings_and_identity", "m003_decisions", "m004_views",
              "m005_substring_index", "m006_boundary_support", "m007_data_generation",
              "m008_check_verdicts", "m009_han_gaps", "m010_hanja_forms",
              "m011_joined_korean_words", "m012_occurrence_sources", "m013_unquoted_keys",
              "m014_undashed_keys")
# Migrations that change only data a reader reads as well without them (keys
# by a newer rule): a termbase without them that cannot be written, and so
# cannot be upgraded, is still read as it is.
READABLE_WITHOUT = frozenset({"m009_han_gaps", "m010_hanja_forms", "m011_joined_korean_words",
                              "m012_occurrence_sources",  # see connection._as_if_current
                              "m013_unquoted_keys", "m014_undashed_keys"})
