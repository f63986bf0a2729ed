import Foundation
import Testing
@testable import ParallaxCorpus

@Suite("Feed schedule: hints, clamps, backoff")
struct FeedScheduleTests {
    let now = Date(timeIntervalSince1970: 1_300_000_000)

    func minutes(_ date: Date) -> Double { date.timeIntervalSince(now) / 60 }

    @Test func theFeedsHintIsKeptWithinTenMinutesAndADay() {
        #expect(minutes(FeedSchedule.afterSuccess(at: now, hint: 45 * 60)) == 45)
        #expect(minutes(FeedSchedule.afterSuccess(at: now, hint: 30)) == 10)
        #expect(minutes(FeedSchedule.afterSuccess(at: now, hint: 7 * 24 * 3600)) == 24 * 60)
        #expect(minutes(FeedSchedule.afterSuccess(at: now, hint: nil)) == 60)
    }

    @Test func withoutAHintTheEntriesRateDecides() {
        let everyTwoHours = (0..<5).map { now.addingTimeInterval(-Double($0) * 7200) }
        #expect(minutes(FeedSchedule.afterSuccess(at: now, hint: nil, entryDates: everyTwoHours)) == 60)
        let everyFewMinutes = (0..<5).map { now.addingTimeInterval(-Double($0) * 120) }
        #expect(minutes(FeedSchedule.afterSuccess(at: now, hint: nil, entryDates: everyFewMinutes)) == 10)
    }

    @Test func failuresBackOffAndRetryAfterIsHonoured() {
        #expect(minutes(FeedSchedule.afterFailure(at: now, failures: 1, retryAfter: nil)) == 10)
        #expect(minutes(FeedSchedule.afterFailure(at: now, failures: 2, retryAfter: nil)) == 20)
        #expect(minutes(FeedSchedule.afterFailure(at: now, failures: 4, retryAfter: nil)) == 80)
        #expect(minutes(FeedSchedule.afterFailure(at: now, failures: 30, retryAfter: nil)) == 24 * 60)
        #expect(minutes(FeedSchedule.afterFailure(at: now, failures: 1, retryAfter: 7200)) == 120)
    }

    @Test func jitterOnlyDelaysALittle() {
        let plain = FeedSchedule.afterSuccess(at: now, hint: 3600)
        let jittered = FeedSchedule.afterSuccess(at: now, hint: 3600, jitter: 1)
        #expect(jittered >= plain)
        #expect(jittered.timeIntervalSince(plain) <= 360)
    }
}
