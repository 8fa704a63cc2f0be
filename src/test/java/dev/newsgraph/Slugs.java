package dev.newsgraph;

/**
 * The four seed articles, by slug, in file order.
 */
public final class Slugs {

	public static final String CRN_ARTICLE = "huawei-still-building-us-enterprise-business";

	public static final String IT_COMPANY_ARTICLE = "huawei-wants-to-be-seen-as-an-it-company";

	public static final String ATT_ARTICLE = "huawei-fails-to-get-att-deal";

	public static final String LICENSE_ARTICLE = "ren-zhengfei-offers-us-company-a-5g-license";

	private Slugs() {
	}

}
