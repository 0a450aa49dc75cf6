-- Survey forms sent out: which department got which plan's form for which fiscal year, so returned
-- forms are matched and the summary can say who has not answered yet.
CREATE TABLE form_distribution (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_name     VARCHAR(300) NOT NULL,
    department    VARCHAR(200) NOT NULL,
    survey_year   INT NOT NULL,
    form_version  VARCHAR(20) NOT NULL,
    file_name     VARCHAR(500) NOT NULL,
    generated_at  DATETIME(3) NOT NULL
);

CREATE INDEX ix_form_distribution ON form_distribution (plan_name, department, survey_year);
