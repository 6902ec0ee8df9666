//! The date an organisation promises to reply by.
//!
//! What it protects: a young person's trust. The thank-you page, "Check my
//! reply" and the `201` all show the same date, worked out once when the
//! message arrives and stored with it, so changing the reply time or the
//! bank holidays later never moves a promise already made.
//!
//! The rule: the reply time counts working days after the day the message
//! arrived (UK time), skipping Saturdays, Sundays and the bank holidays of
//! the organisation's part of the UK. A message sent on a Saturday with a
//! five-day reply time is due on the Friday after.
//!
//! What it cannot do: know bank holidays beyond the shipped list
//! (`server/data/bank-holidays.json`, gov.uk's published dates for
//! 2024-2028, in gov.uk's own `bank-holidays.json` shape so it can be
//! replaced by a fresh download). Past its last date only weekends are
//! skipped; [`BankHolidays::covers`] says whether a date is inside it. It
//! does not know an organisation's own closure days (the week between
//! Christmas and New Year, say).

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

/// A part of the UK with its own bank holidays (gov.uk's "divisions").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Region {
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

impl Region {
    pub const ALL: [Region; 3] = [Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland];

    /// gov.uk's name for the division, stored in `orgs.bank_holidays`.
    pub fn as_str(self) -> &'static str {
        match self {
            Region::EnglandAndWales => "england-and-wales",
            Region::Scotland => "scotland",
            Region::NorthernIreland => "northern-ireland",
        }
    }

    pub fn parse(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.as_str() == s.trim())
    }
}

/// The shipped bank-holiday dates, per region.
pub struct BankHolidays {
    dates: HashMap<Region, BTreeSet<NaiveDate>>,
}

#[derive(serde::Deserialize)]
struct Division {
    events: Vec<Event>,
}

#[derive(serde::Deserialize)]
struct Event {
    date: NaiveDate,
}

impl BankHolidays {
    /// The dates in `server/data/bank-holidays.json`, read once.
    pub fn shipped() -> &'static BankHolidays {
        static SHIPPED: OnceLock<BankHolidays> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            BankHolidays::from_json(include_str!("../../data/bank-holidays.json"))
                .expect("server/data/bank-holidays.json is gov.uk's bank-holidays.json shape")
        })
    }

    pub fn from_json(json: &str) -> Result<BankHolidays, serde_json::Error> {
        let divisions: HashMap<String, Division> = serde_json::from_str(json)?;
        let dates = Region::ALL
            .into_iter()
            .map(|region| {
                let set = divisions
                    .get(region.as_str())
                    .map(|d| d.events.iter().map(|e| e.date).collect())
                    .unwrap_or_default();
                (region, set)
            })
            .collect();
        Ok(BankHolidays { dates })
    }

    pub fn is_bank_holiday(&self, region: Region, date: NaiveDate) -> bool {
        self.dates.get(&region).is_some_and(|s| s.contains(&date))
    }

    /// Whether the list reaches `date` (so a date past it may miss a holiday).
    pub fn covers(&self, region: Region, date: NaiveDate) -> bool {
        self.dates
            .get(&region)
            .and_then(|s| s.last())
            .is_some_and(|last| date.year() <= last.year())
    }

    /// Monday to Friday and not a bank holiday.
    pub fn is_working_day(&self, region: Region, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.is_bank_holiday(region, date)
    }

    /// The `days`-th working day after `from` (`from` itself never counts).
    /// With `days` 0, the first working day from `from` on.
    pub fn add_working_days(&self, region: Region, from: NaiveDate, days: u32) -> NaiveDate {
        let mut date = from;
        if days == 0 {
            while !self.is_working_day(region, date) {
                date += Duration::days(1);
            }
            return date;
        }
        let mut left = days;
        while left > 0 {
            date += Duration::days(1);
            if self.is_working_day(region, date) {
                left -= 1;
            }
        }
        date
    }

    /// The working day after `date`.
    pub fn next_working_day(&self, region: Region, date: NaiveDate) -> NaiveDate {
        self.add_working_days(region, date, 1)
    }
}

/// The reply-by date for a message that arrived at `received` (Unix seconds).
pub fn reply_by(region: Region, reply_within_days: i64, received: i64) -> NaiveDate {
    let days = reply_within_days.clamp(0, 366) as u32;
    BankHolidays::shipped().add_working_days(region, uk_date(received), days)
}

/// The calendar date in the UK at `unix_seconds`: British Summer Time (one
/// hour ahead of UTC) runs from 01:00 UTC on the last Sunday of March to
/// 01:00 UTC on the last Sunday of October.
pub fn uk_date(unix_seconds: i64) -> NaiveDate {
    let utc = Utc.timestamp_opt(unix_seconds, 0).single().unwrap_or_default();
    let year = utc.year();
    let starts = last_sunday(year, 3)
        .and_hms_opt(1, 0, 0)
        .expect("01:00 exists")
        .and_utc();
    let ends = last_sunday(year, 10)
        .and_hms_opt(1, 0, 0)
        .expect("01:00 exists")
        .and_utc();
    let offset = if utc >= starts && utc < ends { 3600 } else { 0 };
    (utc + Duration::seconds(offset)).date_naive()
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next_month = NaiveDate::from_ymd_opt(year, month + 1, 1).expect("a real month");
    let last = next_month - Duration::days(1);
    last - Duration::days(last.weekday().num_days_from_sunday() as i64)
}

/// Where a message stands against its promise, for the staff queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Not due yet.
    Later,
    /// Due today: reply today to keep the promise.
    Today,
    /// The date has passed with no reply.
    Overdue,
}

impl Due {
    pub fn of(reply_by: NaiveDate, today: NaiveDate) -> Due {
        match reply_by.cmp(&today) {
            std::cmp::Ordering::Greater => Due::Later,
            std::cmp::Ordering::Equal => Due::Today,
            std::cmp::Ordering::Less => Due::Overdue,
        }
    }

    /// Where a message in `status` with promise `reply_by` stands today;
    /// `None` once it has been replied to or closed (or made no promise).
    pub fn of_item(reply_by: Option<&str>, status: &str, today: NaiveDate) -> Option<Due> {
        if !matches!(status, "new" | "in_review") {
            return None;
        }
        let date = NaiveDate::parse_from_str(reply_by?, "%Y-%m-%d").ok()?;
        Some(Due::of(date, today))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Due::Later => "later",
            Due::Today => "today",
            Due::Overdue => "overdue",
        }
    }
}

/// One promise as the Board report reads it.
#[derive(Clone, Copy, Debug)]
pub struct Promise {
    pub reply_by: NaiveDate,
    /// The UK day of the team's first reply, if any.
    pub first_reply: Option<NaiveDate>,
    /// Closed by the team without a reply (spam, a duplicate).
    pub closed_unreplied: bool,
}

/// How promises that came due were kept. A promise is due once its date
/// has come (it is in the period and not after today); each due promise
/// is exactly one of the four, so they add up to [`Kept::due`]. Messages
/// the team closed without a reply are not counted: no reply was owed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    /// Replied on or before the date.
    pub on_time: u64,
    /// Replied after the date.
    pub late: u64,
    /// The date has passed and there is no reply yet.
    pub overdue_now: u64,
    /// Due today, not replied yet: neither kept nor broken.
    pub due_today: u64,
}

impl Kept {
    pub fn tally(promises: &[Promise], today: NaiveDate) -> Kept {
        let mut kept = Kept::default();
        for p in promises.iter().filter(|p| p.reply_by <= today) {
            match p.first_reply {
                Some(day) if day <= p.reply_by => kept.on_time += 1,
                Some(_) => kept.late += 1,
                None if p.closed_unreplied => {}
                None if p.reply_by < today => kept.overdue_now += 1,
                None => kept.due_today += 1,
            }
        }
        kept
    }

    pub fn due(&self) -> u64 {
        self.on_time + self.late + self.overdue_now + self.due_today
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn add(region: Region, from: &str, days: u32) -> String {
        BankHolidays::shipped()
            .add_working_days(region, d(from), days)
            .to_string()
    }

    #[test]
    fn weekends_are_skipped() {
        // Monday + 5 working days is the next Monday.
        assert_eq!(add(Region::EnglandAndWales, "2026-11-23", 5), "2026-11-30");
        // Friday + 1 is Monday.
        assert_eq!(add(Region::EnglandAndWales, "2026-11-27", 1), "2026-11-30");
        // Sent on a Saturday or Sunday: Monday is the first working day.
        assert_eq!(add(Region::EnglandAndWales, "2026-11-28", 5), "2026-12-04");
        assert_eq!(add(Region::EnglandAndWales, "2026-11-29", 1), "2026-11-30");
    }

    #[test]
    fn christmas_and_substitute_days_are_skipped() {
        // 2026: Christmas is a Friday, Boxing Day a Saturday (substitute Monday 28th).
        assert_eq!(add(Region::EnglandAndWales, "2026-12-24", 1), "2026-12-29");
        assert_eq!(add(Region::EnglandAndWales, "2026-12-23", 5), "2027-01-04");
        // 2027: Christmas on a Saturday: substitutes on Monday 27th and Tuesday 28th.
        assert_eq!(add(Region::EnglandAndWales, "2027-12-24", 1), "2027-12-29");
        // 2028: New Year's Day on a Saturday, substitute Monday 3rd; in Scotland
        // 2 January's substitute is Tuesday 4th too.
        assert_eq!(add(Region::EnglandAndWales, "2027-12-31", 1), "2028-01-04");
        assert_eq!(add(Region::Scotland, "2027-12-31", 1), "2028-01-05");
    }

    #[test]
    fn easter_differs_by_region() {
        // 2027: Good Friday 26 March, Easter Monday 29 March (not in Scotland).
        assert_eq!(add(Region::EnglandAndWales, "2027-03-25", 1), "2027-03-30");
        assert_eq!(add(Region::Scotland, "2027-03-25", 1), "2027-03-29");
        assert_eq!(add(Region::NorthernIreland, "2027-03-25", 1), "2027-03-30");
        // 2025: Good Friday 18 April, Easter Monday 21 April.
        assert_eq!(add(Region::EnglandAndWales, "2025-04-17", 2), "2025-04-23");
    }

    #[test]
    fn regional_days_count_only_in_their_region() {
        // St Patrick's Day 2026 is a Tuesday: Northern Ireland only.
        assert_eq!(add(Region::NorthernIreland, "2026-03-16", 1), "2026-03-18");
        assert_eq!(add(Region::EnglandAndWales, "2026-03-16", 1), "2026-03-17");
        // St Andrew's Day 2026 is a Monday: Scotland only.
        assert_eq!(add(Region::Scotland, "2026-11-27", 1), "2026-12-01");
        assert_eq!(add(Region::EnglandAndWales, "2026-11-27", 1), "2026-11-30");
        // The Twelfth 2026 falls on a Sunday: substitute Monday 13 July.
        assert_eq!(add(Region::NorthernIreland, "2026-07-10", 1), "2026-07-14");
    }

    #[test]
    fn every_shipped_holiday_is_a_weekday_in_every_region_and_year() {
        let holidays = BankHolidays::shipped();
        for region in Region::ALL {
            let set = &holidays.dates[&region];
            for year in 2024..=2028 {
                let n = set.iter().filter(|d| d.year() == year).count();
                assert!(n >= 8, "{region:?} {year} has only {n} bank holidays");
            }
            assert!(set.iter().all(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)));
            assert!(holidays.covers(region, d("2028-12-31")));
            assert!(!holidays.covers(region, d("2029-01-01")));
        }
    }

    #[test]
    fn zero_days_means_the_next_working_day_from_today() {
        assert_eq!(add(Region::EnglandAndWales, "2026-12-02", 0), "2026-12-02");
        assert_eq!(add(Region::EnglandAndWales, "2026-12-25", 0), "2026-12-29");
    }

    #[test]
    fn uk_date_follows_summer_time() {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London.
        let july = Utc.with_ymd_and_hms(2026, 7, 1, 23, 30, 0).unwrap().timestamp();
        assert_eq!(uk_date(july).to_string(), "2026-07-02");
        // In December London is on UTC.
        let december = Utc.with_ymd_and_hms(2026, 12, 1, 23, 30, 0).unwrap().timestamp();
        assert_eq!(uk_date(december).to_string(), "2026-12-01");
        // The clocks go forward at 01:00 UTC on 29 March 2026.
        let before = Utc.with_ymd_and_hms(2026, 3, 29, 0, 59, 0).unwrap().timestamp();
        assert_eq!(uk_date(before).to_string(), "2026-03-29");
        let autumn = Utc.with_ymd_and_hms(2026, 10, 24, 23, 30, 0).unwrap().timestamp();
        assert_eq!(uk_date(autumn).to_string(), "2026-10-25");
    }

    #[test]
    fn reply_by_counts_from_the_uk_day_of_arrival() {
        // Friday 27 November 2026, 10:00: five working days is Friday 4 December.
        let t = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap().timestamp();
        assert_eq!(reply_by(Region::EnglandAndWales, 5, t).to_string(), "2026-12-04");
        // St Andrew's Day on the Monday moves Scotland's to Monday 7 December.
        assert_eq!(reply_by(Region::Scotland, 5, t).to_string(), "2026-12-07");
    }

    #[test]
    fn kept_promises_add_up_and_closed_ones_owe_nothing() {
        let p = |by: &str, reply: Option<&str>, closed: bool| Promise {
            reply_by: d(by),
            first_reply: reply.map(d),
            closed_unreplied: closed,
        };
        let promises = [
            p("2026-12-04", Some("2026-12-04"), false), // on the day: kept
            p("2026-12-04", Some("2026-12-01"), false), // early: kept
            p("2026-12-04", Some("2026-12-07"), false), // late
            p("2026-12-04", None, false),               // overdue now
            p("2026-12-04", None, true),                // closed: not owed
            p("2026-12-08", None, false),               // due today
            p("2026-12-09", Some("2026-12-02"), false), // not due yet
        ];
        let kept = Kept::tally(&promises, d("2026-12-08"));
        assert_eq!(
            kept,
            Kept {
                on_time: 2,
                late: 1,
                overdue_now: 1,
                due_today: 1
            }
        );
        assert_eq!(kept.due(), 5);
    }

    #[test]
    fn due_compares_with_today() {
        assert_eq!(Due::of(d("2026-12-04"), d("2026-12-03")), Due::Later);
        assert_eq!(Due::of(d("2026-12-04"), d("2026-12-04")), Due::Today);
        assert_eq!(Due::of(d("2026-12-04"), d("2026-12-07")), Due::Overdue);
        assert_eq!(
            Due::of_item(Some("2026-12-04"), "new", d("2026-12-07")),
            Some(Due::Overdue)
        );
        assert_eq!(Due::of_item(Some("2026-12-04"), "replied", d("2026-12-07")), None);
        assert_eq!(Due::of_item(None, "new", d("2026-12-07")), None);
    }
}
