-- The survey year a returned generated form declares (its hidden metadata), so the summary can tell
-- which distributed form came back; null for workbooks not made by this product.
ALTER TABLE submission ADD COLUMN form_survey_year INT;
