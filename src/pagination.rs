//! Pagination: [`Page`], following `next_page_uri` safely, and the lazy stream behind
//! [`Request::stream`](crate::Request::stream), for every list operation alike.
//!
//! Twilio's `next_page_uri` is a path on the API origin. It is joined to the configured
//! origin; a link naming another host is refused (the credentials would go with it), so is a
//! link to another account's or resource's list (the stream would silently change what it
//! lists), and a link to a page already fetched (it would loop forever).
//!
//! The stream requests the next page as soon as it has the current one and moves that
//! request on each time it is polled (one page ahead at most, never past the limit, dropped
//! with the stream), so a consumer that works on each item does not wait for the network
//! between pages. It runs inside the stream's own polls: no task is spawned, and the page is
//! decoded on the consumer's thread.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_util::task::{ArcWake, AtomicWaker, waker_ref};
use reqwest::Url;
use serde::de::DeserializeOwned;

use crate::client::Client;
use crate::error::{Error, PaginationError};
use crate::http::{self, OperationInfo, RequestOptions};
use crate::request::{Operation, Request};

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

/// The `PageSize` to send (twilio-go's rule): the one given, or the limit when there is one
/// (up to [`MAX_PAGE_SIZE`]), whichever is smaller; [`DEFAULT_PAGE_SIZE`] without either.
/// A limit of 0 asks for nothing (the stream sends no request for it), so it still sends 1.
pub(crate) fn page_size(given: Option<i64>, limit: Option<usize>) -> i64 {
    let limit = limit.map(|l| l.min(MAX_PAGE_SIZE as usize) as i64);
    let size = match (given, limit) {
        (None, None) => i64::from(DEFAULT_PAGE_SIZE),
        (None, Some(limit)) => limit,
        (Some(size), None) => size,
        (Some(size), Some(limit)) => size.min(limit),
    };
    size.max(1)
}

/// A list response: its items and its paging fields. Implemented by the generated page
/// types of every list operation.
pub trait PageResponse: DeserializeOwned + Send + 'static {
    /// What the list holds.
    type Item: Clone + Send + 'static;
    /// The items, and the page's links and counters.
    fn into_parts(self) -> (Vec<Self::Item>, PageLinks);
}

/// The paging fields every Twilio list response has.
#[derive(Debug, Default)]
pub struct PageLinks {
    pub(crate) page: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) start: Option<i64>,
    pub(crate) end: Option<i64>,
    pub(crate) uri: Option<String>,
    pub(crate) first_page_uri: Option<String>,
    pub(crate) next_page_uri: Option<String>,
    pub(crate) previous_page_uri: Option<String>,
}

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send>>;

/// What a page's links are followed with: the client that fetched it, the list they must
/// stay on (`/2010-04-01/Accounts/AC…/Calls.json`), the first request's options, and how a
/// page of this list is fetched and decoded.
#[derive(Clone, Debug)]
pub(crate) struct Owner<T> {
    client: Client,
    path: String,
    options: RequestOptions,
    op: OperationInfo,
    fetch: fn(Owner<T>, String) -> PageFuture<T>,
}

impl<T> Owner<T> {
    /// Joins a next-page `link` to the API origin and checks that it stays on this list.
    fn resolve(&self, link: &str) -> Result<String, PaginationError> {
        let base = self.client.base_url();
        let url = resolve(base, link)?;
        let prefix = Url::parse(base).map(|u| u.path().trim_end_matches('/').to_owned());
        let expected = format!("{}{}", prefix.unwrap_or_default(), self.path);
        match Url::parse(&url) {
            Ok(parsed) if parsed.path() == expected => Ok(url),
            _ => Err(PaginationError::ForeignResource { link: link.into() }),
        }
    }
}

/// Fetches and decodes one page of the list `W` at `url`, with the first request's options.
fn fetch_page<W: PageResponse>(owner: Owner<W::Item>, url: String) -> PageFuture<W::Item> {
    Box::pin(async move {
        let parsed = Url::parse(&url).map_err(|_| PaginationError::InvalidLink { link: url })?;
        let mut request = reqwest::Request::new(reqwest::Method::GET, parsed);
        if owner.options.timeout.is_some() {
            *request.timeout_mut() = owner.options.timeout;
        }
        let client = &owner.client;
        let response = http::send_request::<W>(client, &owner.op, &owner.options, request).await?;
        Ok(Page::from_parts(owner, response.data.into_parts()))
    })
}

/// One page of a list, with Twilio's paging fields.
///
/// ```no_run
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// let mut page = client.calls().list().page_size(100).send().await?;
/// loop {
///     for call in &page {
///         println!("{}", call.sid);
///     }
///     match page.next_page().await? {
///         Some(next) => page = next,
///         None => break,
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items of this page, in Twilio's order.
    pub items: Vec<T>,
    /// The page index Twilio reports (0 for the first).
    pub page: Option<u64>,
    /// The page size Twilio applied.
    pub page_size: Option<u64>,
    /// The index of the first item on this page within the whole list.
    pub start: Option<u64>,
    /// The index of the last item on this page within the whole list.
    pub end: Option<u64>,
    /// This page's URI, relative to the API origin.
    pub uri: Option<String>,
    /// The first page's URI.
    pub first_page_uri: Option<String>,
    /// The next page's URI; `None` on the last page.
    pub next_page_uri: Option<String>,
    /// The previous page's URI; `None` on the first page.
    pub previous_page_uri: Option<String>,
    owner: Owner<T>,
}

impl<T: Clone + Send + 'static> Page<T> {
    /// The first page of a list, from the response to `request` (sent to `path`).
    pub(crate) fn first<W, Op>(response: W, request: &Request<Op>, path: &str) -> Self
    where
        W: PageResponse<Item = T>,
        Op: Operation,
    {
        let owner = Owner {
            client: request.client.clone(),
            path: path.to_owned(),
            options: request.options,
            op: Op::INFO,
            fetch: fetch_page::<W>,
        };
        Self::from_parts(owner, response.into_parts())
    }

    fn from_parts(owner: Owner<T>, (items, links): (Vec<T>, PageLinks)) -> Self {
        let index = |v: Option<i64>| v.and_then(|v| u64::try_from(v).ok());
        let link = |v: Option<String>| v.filter(|s| !s.is_empty());
        Self {
            items,
            page: index(links.page),
            page_size: index(links.page_size),
            start: index(links.start),
            end: index(links.end),
            uri: link(links.uri),
            first_page_uri: link(links.first_page_uri),
            next_page_uri: link(links.next_page_uri),
            previous_page_uri: link(links.previous_page_uri),
            owner,
        }
    }

    /// Whether Twilio named a next page.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let page = client.calls().list().send().await?;
    /// println!("last page: {}", !page.has_next());
    /// # Ok(()) }
    /// ```
    pub fn has_next(&self) -> bool {
        self.next_page_uri.is_some()
    }

    /// Fetches the next page, or `None` on the last one. Refuses a link to another host,
    /// another account's list, or back to this page ([`Error::Pagination`]).
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let first = client.calls().list().send().await?;
    /// if let Some(second) = first.next_page().await? {
    ///     println!("{} calls on page 2", second.items.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn next_page(&self) -> Result<Option<Page<T>>, Error> {
        let visited: HashSet<String> = self.own_url().into_iter().collect();
        match self.next_url(&visited) {
            None => Ok(None),
            Some(url) => (self.owner.fetch)(self.owner.clone(), url?).await.map(Some),
        }
    }

    /// This page's items, then those of every following page, as a lazy stream (see
    /// [`Request::stream`](crate::Request::stream)).
    ///
    /// ```no_run
    /// use futures_util::TryStreamExt;
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let first = client.calls().list().send().await?;
    /// let all: Vec<_> = first.into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn into_stream(self) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'static {
        let mut cursor = Cursor::new(None, None);
        cursor.absorb(self);
        cursor
    }

    /// This page's own URL, resolved, when Twilio gave one.
    fn own_url(&self) -> Option<String> {
        let uri = self.uri.as_deref()?;
        resolve(self.owner.client.base_url(), uri).ok()
    }

    /// The next page's URL, checked against the pages already `visited`.
    fn next_url(&self, visited: &HashSet<String>) -> Option<Result<String, Error>> {
        let link = self.next_page_uri.as_deref()?;
        let url = self
            .owner
            .resolve(link)
            .and_then(|url| match visited.contains(&url) {
                true => Err(PaginationError::RepeatedLink { link: link.into() }),
                false => Ok(url),
            });
        Some(url.map_err(Error::from))
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Page<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// Joins a next-page link to the API origin `base`. A path is appended to `base` (keeping a
/// proxy's path prefix); a full URL must name the same scheme, host and port.
fn resolve(base: &str, link: &str) -> Result<String, PaginationError> {
    let invalid = || PaginationError::InvalidLink { link: link.into() };
    let base_url = Url::parse(base).map_err(|_| invalid())?;
    let url = if link.starts_with('/') && !link.starts_with("//") {
        Url::parse(&format!("{base}{link}")).map_err(|_| invalid())?
    } else {
        base_url.join(link).map_err(|_| invalid())?
    };
    if url.origin() != base_url.origin() {
        return Err(PaginationError::ForeignHost { link: link.into() });
    }
    Ok(url.into())
}

/// Where the next page stands.
enum Next<T> {
    /// A link not requested yet, or why it was refused (yielded only if it is needed).
    Link(Result<String, Error>),
    /// Its request, in flight: polled whenever the stream is, so it progresses while the
    /// current page is consumed.
    Fetching(PageFuture<T>),
    /// Its result, waiting for the current page to be used up.
    Fetched(Result<Page<T>, Error>),
}

/// The stream itself: the rest of the current page and the next one.
struct Cursor<T> {
    /// The list's owner, once the first page has arrived.
    owner: Option<Owner<T>>,
    items: std::vec::IntoIter<T>,
    next: Option<Next<T>>,
    remaining: Option<usize>,
    visited: HashSet<String>,
    request_wake: Arc<RequestWake>,
}

// The items are never pinned (they sit in a `Vec`'s iterator, the futures are boxed).
impl<T> Unpin for Cursor<T> {}

/// The waker the page in flight is polled with: it wakes the stream's task and remembers
/// that it did, so the request is polled again only when it can progress, not once for every
/// call the stream yields.
#[derive(Default)]
struct RequestWake {
    woken: AtomicBool,
    task: AtomicWaker,
}

impl ArcWake for RequestWake {
    fn wake_by_ref(this: &Arc<Self>) {
        this.woken.store(true, Ordering::Release);
        this.task.wake();
    }
}

impl<T: Clone + Send + 'static> Cursor<T> {
    fn new(limit: Option<usize>, first: Option<PageFuture<T>>) -> Self {
        Self {
            owner: None,
            items: Vec::new().into_iter(),
            next: first.map(Next::Fetching),
            remaining: limit,
            visited: HashSet::new(),
            // A new request is polled at once.
            request_wake: Arc::new(RequestWake {
                woken: AtomicBool::new(true),
                task: AtomicWaker::new(),
            }),
        }
    }

    /// Takes a fetched page's items and its next link, and starts fetching the next page
    /// at once if the stream will need it (and prefetching is on).
    fn absorb(&mut self, page: Page<T>) {
        self.visited.extend(page.own_url());
        let needs_more = self.remaining.is_none_or(|n| n > page.items.len());
        let next = page.next_url(&self.visited);
        let prefetch = !page.owner.options.no_prefetch;
        self.owner = Some(page.owner);
        self.next = next.map(|link| match link {
            Ok(url) if needs_more && prefetch => self.fetch(url),
            other => Next::Link(other),
        });
        self.items = page.items.into_iter();
    }

    fn fetch(&mut self, url: String) -> Next<T> {
        self.visited.insert(url.clone());
        self.request_wake.woken.store(true, Ordering::Release);
        let owner = self
            .owner
            .clone()
            .expect("a link comes from a page, which has an owner");
        Next::Fetching((owner.fetch)(owner, url))
    }
}

impl<T: Clone + Send + 'static> Stream for Cursor<T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            // The page in flight moves on whenever it can and the stream is polled, needed
            // yet or not.
            if let Some(Next::Fetching(request)) = &mut this.next {
                this.request_wake.task.register(cx.waker());
                if this.request_wake.woken.swap(false, Ordering::AcqRel) {
                    let waker = waker_ref(&this.request_wake);
                    if let Poll::Ready(result) =
                        request.as_mut().poll(&mut Context::from_waker(&waker))
                    {
                        this.next = Some(Next::Fetched(result));
                    }
                }
            }
            if this.remaining == Some(0) {
                // Done: drop (and so cancel) whatever is in flight.
                this.next = None;
                return Poll::Ready(None);
            }
            if let Some(item) = this.items.next() {
                if let Some(remaining) = &mut this.remaining {
                    *remaining -= 1;
                }
                return Poll::Ready(Some(Ok(item)));
            }
            match this.next.take() {
                None => return Poll::Ready(None),
                Some(Next::Fetching(request)) => {
                    this.next = Some(Next::Fetching(request));
                    return Poll::Pending;
                }
                Some(Next::Fetched(Ok(page))) => this.absorb(page),
                Some(Next::Link(Ok(url))) => this.next = Some(this.fetch(url)),
                // `next` is empty now, so the stream ends after the error.
                Some(Next::Fetched(Err(e)) | Next::Link(Err(e))) => {
                    return Poll::Ready(Some(Err(e)));
                }
            }
        }
    }
}

/// The stream of [`Request::stream`](crate::Request::stream): `first` fetches the first
/// page when the stream is first polled.
pub(crate) fn stream<T: Clone + Send + 'static>(
    limit: Option<usize>,
    first: impl Future<Output = Result<Page<T>, Error>> + Send + 'static,
) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'static {
    Cursor::new(limit, Some(Box::pin(first)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_size_follows_twilio_gos_rule() {
        assert_eq!(page_size(None, None), 50);
        assert_eq!(page_size(None, Some(120)), 120);
        assert_eq!(page_size(None, Some(5000)), 1000);
        assert_eq!(page_size(Some(20), None), 20);
        assert_eq!(page_size(Some(20), Some(5)), 5);
        assert_eq!(page_size(None, Some(0)), 1);
    }

    #[test]
    fn links_resolve_on_the_configured_origin() {
        let base = "https://api.twilio.com";
        let path = "/2010-04-01/Accounts/AC1/Calls.json?PageSize=2&Page=1&PageToken=PA1";
        assert_eq!(resolve(base, path).unwrap(), format!("{base}{path}"));
        assert_eq!(
            resolve("http://127.0.0.1:8080/proxy", path).unwrap(),
            format!("http://127.0.0.1:8080/proxy{path}")
        );
        assert_eq!(
            resolve(base, &format!("https://api.twilio.com{path}")).unwrap(),
            format!("{base}{path}")
        );
    }

    #[test]
    fn links_to_other_hosts_are_refused() {
        let base = "https://api.twilio.com";
        for link in [
            "https://evil.example/2010-04-01/Calls.json",
            "//evil.example/2010-04-01/Calls.json",
            "http://api.twilio.com/2010-04-01/Calls.json",
            "https://api.twilio.com:8443/2010-04-01/Calls.json",
        ] {
            assert_eq!(
                resolve(base, link),
                Err(PaginationError::ForeignHost { link: link.into() }),
                "{link}"
            );
        }
    }
}
