package jp.reform.survey.review;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules of 見直し候補 as a bean, made from the settings under {@code reform.review}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewConfiguration {

	@Bean
	ReviewRules reviewRules(ReviewProperties properties) {
		return new ReviewRules(properties);
	}

}
