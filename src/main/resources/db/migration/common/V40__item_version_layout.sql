-- The layout profile each item version was read in (standard, ogori, annaka, an office's own), so next
-- year's survey form for its plan carries what that layout measures; null for versions loaded before.
ALTER TABLE item_version ADD COLUMN layout VARCHAR(100);
