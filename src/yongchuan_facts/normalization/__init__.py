"""Raw text → normalized text with an offset map back to raw (`textmap`), characters folded
1:1 (`chars`). `yongchuan_facts.normalize` is the function; this package is its home.
"""
