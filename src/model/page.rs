//! One page of a longer list, as every list query returns it.

use serde::{Deserialize, Serialize};

/// A page of results: `page` counts from 1, `total` is the number of matches over all pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u32,
    pub per_page: u32,
    pub total: u32,
}

impl<T> Page<T> {
    /// Cuts `page` (1-based) of `per_page` items out of all matches.
    pub fn slice(all: Vec<T>, request: PageRequest) -> Self {
        let total = all.len() as u32;
        let start = request.offset().min(all.len());
        let items: Vec<T> = all.into_iter().skip(start).take(request.per_page as usize).collect();
        Page {
            items,
            page: request.page,
            per_page: request.per_page,
            total,
        }
    }

    /// Number of pages needed for `total` items; at least one, so "page 1 of 1" reads well when empty.
    pub fn page_count(&self) -> u32 {
        self.total.div_ceil(self.per_page.max(1)).max(1)
    }

    pub fn has_next(&self) -> bool {
        self.page < self.page_count()
    }
}

/// Which page of a list to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    /// 1-based page number.
    pub page: u32,
    pub per_page: u32,
}

impl PageRequest {
    pub const DEFAULT_PER_PAGE: u32 = 24;

    /// A request for page `page`; 0 is read as 1 and `per_page` is kept between 1 and 100.
    pub fn new(page: u32, per_page: u32) -> Self {
        PageRequest {
            page: page.max(1),
            per_page: per_page.clamp(1, 100),
        }
    }

    pub fn first() -> Self {
        Self::new(1, Self::DEFAULT_PER_PAGE)
    }

    fn offset(&self) -> usize {
        (self.page.saturating_sub(1) as usize) * self.per_page as usize
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        Self::first()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_the_requested_page() {
        let page = Page::slice((1..=10).collect(), PageRequest::new(2, 4));
        assert_eq!(page.items, vec![5, 6, 7, 8]);
        assert_eq!(page.total, 10);
        assert_eq!(page.page_count(), 3);
        assert!(page.has_next());
    }

    #[test]
    fn a_page_past_the_end_is_empty_but_keeps_the_total() {
        let page = Page::slice((1..=3).collect::<Vec<_>>(), PageRequest::new(9, 4));
        assert!(page.items.is_empty());
        assert_eq!(page.total, 3);
        assert!(!page.has_next());
    }

    #[test]
    fn request_bounds_are_enforced() {
        assert_eq!(PageRequest::new(0, 0), PageRequest { page: 1, per_page: 1 });
        assert_eq!(PageRequest::new(1, 5000).per_page, 100);
    }
}
