-- Two items of one workbook may share a number (安中市 numbers two different items 2(3)①): the second
-- is kept as variant 2 of that number instead of being held back.
ALTER TABLE item ADD COLUMN variant INT NOT NULL DEFAULT 1;
ALTER TABLE item ADD CONSTRAINT uq_item_variant UNIQUE (subcategory_id, item_no, variant);
