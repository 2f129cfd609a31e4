import ClaimsCore
import ClaimsExtraction
import Testing

/// A sentence with no verb that goes on with more of the weapons by place ("Еще 43 беспилотника
/// над Краснодарским краем и один над Волгоградской областью.") takes the action of the sentence
/// before. Passages written for these tests, with near misses.
@Suite struct SlavicContinuationTests {
    @Test func moreByPlaceTakeTheActionBefore() {
        SlavicCheck.expectExactly(SlavicReport(
            "'Еще N ... над A и M над B' after an interception",
            "Минобороны России сообщило, что дежурные средства ПВО сбили 30 беспилотников над Белгородской областью. Еще 12 беспилотников над Курской областью и три над Орловской.",
            [claim(.intercept, "unspecified-drone", 30, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 12, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod")]
        ))
    }

    @Test(arguments: [
        "Еще 12 беспилотников над Курской областью.",
        "Ночью в городе было неспокойно. Еще 12 беспилотников над Курской областью.",
    ])
    func withNoActionBeforeNoClaim(_ text: String) {
        let candidates = SlavicFixture.extract(text)
        #expect(candidates.isEmpty, "got: \(candidates.map(\.summary))")
    }
}
