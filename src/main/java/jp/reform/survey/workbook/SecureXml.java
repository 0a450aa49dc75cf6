package jp.reform.survey.workbook;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX factories configured as POI's XMLHelper configures them: no DTDs, no external entities, no
 * validation, so a workbook cannot make the reader fetch files or expand entity bombs. One factory
 * per thread, since the JDK's factory reuses reader instances internally and is not thread-safe.
 */
final class SecureXml {

	private final ThreadLocal<XMLInputFactory> factories = ThreadLocal.withInitial(SecureXml::newFactory);

	XMLInputFactory factory() {
		return factories.get();
	}

	static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try {
			// The JDK's reader can be reset and reused once closed instead of built anew for each of the
			// ~15 parts of every workbook; parts are read one after another, so this is safe per thread.
			factory.setProperty("reuse-instance", Boolean.TRUE);
		}
		catch (IllegalArgumentException ex) {
			// another StAX implementation: fine without
		}
		return factory;
	}

}
