import Foundation

/// Timestamps of transcript lines: ISO 8601 in UTC with milliseconds.
///
/// A transcript replays bit for bit only if the times the interview saw are the times
/// written; shells therefore pass ``rounded(_:)`` dates to both.
public enum TranscriptTime {
  /// The date cut to the millisecond, as a transcript line can hold it.
  public static func rounded(_ date: Date) -> Date {
    let milliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
    return Date(timeIntervalSince1970: milliseconds / 1000)
  }

  /// `2026-11-29T09:05:03.250Z` for the date (cut to the millisecond).
  public static func format(_ date: Date) -> String {
    let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    let milliseconds = Int(totalMilliseconds % 1000 + 1000) % 1000
    let seconds = (totalMilliseconds - Int64(milliseconds)) / 1000
    var days = seconds / 86_400
    var secondOfDay = seconds % 86_400
    if secondOfDay < 0 {
      secondOfDay += 86_400
      days -= 1
    }
    let (year, month, day) = civilDate(daysSinceEpoch: days)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day,
      Int(secondOfDay / 3600), Int(secondOfDay % 3600 / 60), Int(secondOfDay % 60), milliseconds)
  }

  /// Reads a time written by ``format(_:)`` (or any ISO 8601 UTC time with or without
  /// fractional seconds).
  public static func parse(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[range] {
        guard (48...57).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"),
      let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    var fraction = 0.0
    if bytes[19] == UInt8(ascii: ".") {
      // At most nine fractional digits (nanoseconds): more would overflow `number`.
      guard bytes.count > 21, bytes.count <= 30, let digits = number(20..<(bytes.count - 1))
      else { return nil }
      fraction = Double(digits) / pow(10, Double(bytes.count - 21))
    } else if bytes.count != 20 {
      return nil
    }
    let days = daysSinceEpoch(year: year, month: month, day: day)
    let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second)
    // Milliseconds as integers, so that parse(format(d)) == rounded(d) exactly.
    let milliseconds = (seconds * 1000 + (fraction * 1000).rounded())
    return Date(timeIntervalSince1970: milliseconds / 1000)
  }

  /// Howard Hinnant's `civil_from_days`.
  private static func civilDate(daysSinceEpoch: Int64) -> (Int, Int, Int) {
    let z = daysSinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (Int(year), Int(month), Int(day))
  }

  /// Howard Hinnant's `days_from_civil`.
  private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
