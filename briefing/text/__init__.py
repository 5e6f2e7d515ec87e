"""Text analysis shared by every stage: Kiwi sentences and morphemes (`analyze`), bylines (`bylines`)."""
