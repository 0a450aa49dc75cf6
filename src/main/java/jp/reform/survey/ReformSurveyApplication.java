package jp.reform.survey;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReformSurveyApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(ReformSurveyApplication.class, args)));
	}

}
