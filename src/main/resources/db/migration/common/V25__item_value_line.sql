-- Values of an item's repeated rows (the activities of Iizuka's plan card, each with its text per year) carry
-- the row's number within the item, so the values of one activity stay together; NULL for the item's own values.
ALTER TABLE item_value ADD COLUMN line_no INT;
