//! Acting on typing once it pauses: the live previews, comparisons and search results.

use std::future::Future;
use std::time::Duration;

use leptos::prelude::*;

/// The requests of one input, of which only the latest counts.
#[derive(Clone, Copy)]
pub struct Latest(StoredValue<u64>);

impl Latest {
    /// No request yet.
    pub fn new() -> Self {
        Latest(StoredValue::new(0))
    }

    /// Runs `request` once no newer call has come for `pause`, then `settle` with its answer
    /// unless a newer call came while it ran: a burst of typing makes one request, and an
    /// old answer never replaces a newer one.
    pub fn after_pause<T, Fut>(
        self,
        pause: Duration,
        request: impl FnOnce() -> Fut + 'static,
        settle: impl FnOnce(T) + 'static,
    ) where
        T: 'static,
        Fut: Future<Output = T> + 'static,
    {
        let Latest(generation) = self;
        generation.update_value(|n| *n += 1);
        let mine = generation.get_value();
        set_timeout(
            move || {
                if generation.get_value() != mine {
                    return;
                }
                leptos::task::spawn_local(async move {
                    let answer = request().await;
                    if generation.get_value() == mine {
                        settle(answer);
                    }
                });
            },
            pause,
        );
    }
}

impl Default for Latest {
    fn default() -> Self {
        Self::new()
    }
}
