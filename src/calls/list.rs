//! ListCall: filters, the page-size rule, and the first page through the generated builder.
//! Later pages and the stream live in [`crate::pagination`].

use std::future::{Future, IntoFuture};
use std::num::NonZeroU64;
use std::pin::Pin;

use futures_core::Stream;

use super::{Calls, impl_into_future};
use crate::generated::types::{ListCallAccountSid, ListCallParentCallSid};
use crate::http::{self, LIST_CALL, RequestOptions, request_options};
use crate::pagination::{self, Page};
use crate::validate::parse;
use crate::{ApiResponse, Call, CallStatus, DateOrDateTime, Error};

/// Twilio's page size when neither a page size nor a limit is given.
///
/// ```
/// assert_eq!(twilio_calls::DEFAULT_PAGE_SIZE, 50);
/// ```
pub const DEFAULT_PAGE_SIZE: u32 = 50;
/// The largest page Twilio serves.
///
/// ```
/// assert_eq!(twilio_calls::MAX_PAGE_SIZE, 1000);
/// ```
pub const MAX_PAGE_SIZE: u32 = 1000;

/// A ListCall request: see [`Calls::list`].
///
/// Filters combine (all must match). Date filters take a [`chrono::NaiveDate`] (a whole day,
/// sent as `2024-01-31`) or a [`chrono::DateTime`] (sent in UTC to the second,
/// `2024-01-31T15:04:05Z`).
///
/// ```no_run
/// use chrono::NaiveDate;
/// use twilio_calls::CallStatus;
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// let page = client
///     .calls()
///     .list()
///     .status(CallStatus::NoAnswer)
///     .start_time_after(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent or streamed"]
pub struct ListCalls {
    calls: Calls,
    to: Option<String>,
    from: Option<String>,
    parent_call_sid: Option<String>,
    status: Option<CallStatus>,
    start_time: Option<DateOrDateTime>,
    start_time_before: Option<DateOrDateTime>,
    start_time_after: Option<DateOrDateTime>,
    end_time: Option<DateOrDateTime>,
    end_time_before: Option<DateOrDateTime>,
    end_time_after: Option<DateOrDateTime>,
    page_size: Option<u32>,
    limit: Option<usize>,
    prefetch: bool,
    options: RequestOptions,
}

impl ListCalls {
    pub(crate) fn new(calls: Calls) -> Self {
        Self {
            calls,
            to: None,
            from: None,
            parent_call_sid: None,
            status: None,
            start_time: None,
            start_time_before: None,
            start_time_after: None,
            end_time: None,
            end_time_before: None,
            end_time_after: None,
            page_size: None,
            limit: None,
            prefetch: true,
            options: RequestOptions::default(),
        }
    }

    super::setters! {
        "client.calls().list()";
        /// `To`: only calls to this number, SIP address or client identifier.
        to(to: impl Into<String>) = "\"+15558675310\"" => |s| s.to = Some(to.into());
        /// `From`: only calls from this number, SIP address or client identifier.
        from(from: impl Into<String>) = "\"+15017122661\"" => |s| s.from = Some(from.into());
        /// `ParentCallSid`: only the child legs of this call (`CA…`).
        parent_call_sid(sid: impl Into<String>) = "\"CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"" => |s| s.parent_call_sid = Some(sid.into());
        /// `Status`: only calls in this status.
        status(status: impl Into<CallStatus>) = "twilio_calls::CallStatus::Completed" => |s| s.status = Some(status.into());
        /// `StartTime`: only calls that started on this day (or at this instant).
        start_time(at: impl Into<DateOrDateTime>) = "chrono::NaiveDate::from_ymd_opt(2024, 1, 31).unwrap()" => |s| s.start_time = Some(at.into());
        /// `StartTime<`: only calls that started on or before this.
        start_time_before(at: impl Into<DateOrDateTime>) = "chrono::DateTime::from_timestamp(1_706_713_445, 0).unwrap()" => |s| s.start_time_before = Some(at.into());
        /// `StartTime>`: only calls that started on or after this.
        start_time_after(at: impl Into<DateOrDateTime>) = "chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()" => |s| s.start_time_after = Some(at.into());
        /// `EndTime`: only calls that ended on this day (or at this instant).
        end_time(at: impl Into<DateOrDateTime>) = "chrono::NaiveDate::from_ymd_opt(2024, 1, 31).unwrap()" => |s| s.end_time = Some(at.into());
        /// `EndTime<`: only calls that ended on or before this.
        end_time_before(at: impl Into<DateOrDateTime>) = "chrono::DateTime::from_timestamp(1_706_713_445, 0).unwrap()" => |s| s.end_time_before = Some(at.into());
        /// `EndTime>`: only calls that ended on or after this.
        end_time_after(at: impl Into<DateOrDateTime>) = "chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()" => |s| s.end_time_after = Some(at.into());
        /// `PageSize`: calls per page, 1 to 1000. Without it, pages hold 50 calls, or
        /// `limit` calls (up to 1000) when a limit is set; with both, the smaller.
        page_size(size: u32) = "1000" => |s| s.page_size = Some(size);
        /// The most calls [`stream`](Self::stream) yields; it requests no page beyond them.
        limit(limit: usize) = "500" => |s| s.limit = Some(limit);
        /// Whether [`stream`](Self::stream) (and the pages' own streams) fetch the next page
        /// in the background while the current one is consumed (the default), holding at
        /// most two pages. `false` fetches each page only when the previous one is used up.
        prefetch(prefetch: bool) = "false" => |s| s.prefetch = prefetch;
    }

    request_options!("client.calls().list()");

    /// The `PageSize` to send: twilio-go's rule.
    fn effective_page_size(&self) -> Result<NonZeroU64, Error> {
        if let Some(size) = self.page_size
            && !(1..=MAX_PAGE_SIZE).contains(&size)
        {
            return Err(Error::invalid(
                "page_size",
                format!("must be between 1 and {MAX_PAGE_SIZE} (got {size})"),
            ));
        }
        // `min` keeps the value within 1000, so the cast cannot truncate.
        let limit = self.limit.map(|l| l.min(MAX_PAGE_SIZE as usize) as u32);
        let size = match (self.page_size, limit) {
            (None, None) => DEFAULT_PAGE_SIZE,
            (None, Some(limit)) => limit,
            (Some(size), None) => size,
            (Some(size), Some(limit)) => size.min(limit),
        };
        // A limit of 0 asks for nothing; the stream never sends a request for it.
        Ok(NonZeroU64::new(u64::from(size)).unwrap_or(NonZeroU64::MIN))
    }

    /// Checks the filters, then fetches the first page.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let page = client.calls().list().to("+15558675310").page_size(20).send().await?;
    /// for call in &page.items {
    ///     println!("{:?} {:?}", call.sid, call.status);
    /// }
    /// if let Some(next) = page.next_page().await? {
    ///     println!("{} more", next.items.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Page<Call>, Error> {
        self.send_with_metadata().await.map(ApiResponse::into_inner)
    }

    /// Checks the filters, then fetches the first page; the page comes with the response's
    /// status and headers. Later pages are fetched with the same timeout and retries.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let response = client.calls().list().send_with_metadata().await?;
    /// println!("{} calls, request {:?}", response.data.items.len(), response.request_id());
    /// # Ok(()) }
    /// ```
    pub async fn send_with_metadata(self) -> Result<ApiResponse<Page<Call>>, Error> {
        let account = parse::<ListCallAccountSid>("account_sid", self.calls.account_sid())?;
        let parent = self
            .parent_call_sid
            .as_deref()
            .map(|sid| parse::<ListCallParentCallSid>("parent_call_sid", sid))
            .transpose()?;
        let page_size = self.effective_page_size()?;
        let client = self.calls.client();
        let raw = client.raw_for(&self.options);
        let mut request = raw.list_call().account_sid(account).page_size(page_size);
        // The generated setters take plain values, so each filter is applied only when set.
        if let Some(v) = self.to {
            request = request.to(v);
        }
        if let Some(v) = self.from {
            request = request.from(v);
        }
        if let Some(v) = parent {
            request = request.parent_call_sid(v);
        }
        if let Some(v) = self.status {
            request = request.status(v);
        }
        if let Some(v) = self.start_time {
            request = request.start_time(v);
        }
        if let Some(v) = self.start_time_before {
            request = request.start_time_before(v);
        }
        if let Some(v) = self.start_time_after {
            request = request.start_time_after(v);
        }
        if let Some(v) = self.end_time {
            request = request.end_time(v);
        }
        if let Some(v) = self.end_time_before {
            request = request.end_time_before(v);
        }
        if let Some(v) = self.end_time_after {
            request = request.end_time_after(v);
        }
        let response = http::send(client, LIST_CALL, &self.options, || {
            let request = request.clone();
            async move { http::finish(LIST_CALL, request.send().await).await }
        })
        .await?;
        let owner = pagination::Owner::new(
            client,
            self.calls.account_sid(),
            self.options,
            self.prefetch,
        );
        Ok(response.map(|page| Page::new(owner, page)))
    }

    /// Every matching call, newest first, up to [`limit`](Self::limit). The first page is
    /// requested when the stream is first polled; each next page is fetched in the
    /// background while the current one is consumed (see [`prefetch`](Self::prefetch)), never
    /// past the limit. Holds at most two pages; dropping the stream cancels what is in flight.
    /// An error is yielded once, then the stream ends.
    ///
    /// ```no_run
    /// use futures_util::TryStreamExt;
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let sids: Vec<String> = client
    ///     .calls()
    ///     .list()
    ///     .limit(120)
    ///     .stream()
    ///     .map_ok(|call| call.sid.unwrap_or_default())
    ///     .try_collect()
    ///     .await?;
    /// assert!(sids.len() <= 120);
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> impl Stream<Item = Result<Call, Error>> + Send + Unpin + 'static {
        let limit = self.limit;
        let calls = &self.calls;
        let owner = pagination::Owner::new(
            calls.client(),
            calls.account_sid(),
            self.options,
            self.prefetch,
        );
        pagination::stream(owner, limit, async move { self.send().await })
    }
}

impl_into_future!(ListCalls => Page<Call>);
