// Work on N threads, results handed back in input order. Memory stays bounded however long the
// stream: at most 2N items are in flight, and an item whose cost (its input's bytes) would take
// the work in flight past `budget` waits until it can run (alone, if it must), so a large input
// is not parsed beside others. Items come from a source that is called under the pool's lock
// (reading standard input needs no lock of its own).
#pragma once
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace govnews_cli {

// next() -> std::optional<Item>; cost(const Item&) -> std::size_t; work(Item&&) -> Result;
// emit(Result&&) in input order.
template <class Item, class Result, class Next, class Cost, class Work, class Emit>
void ordered_pool(unsigned threads, std::size_t budget, Next next, Cost cost, Work work, Emit emit) {
    if (threads <= 1) {
        while (auto item = next()) emit(work(std::move(*item)));
        return;
    }
    const std::size_t window = std::size_t{threads} * 2;
    std::vector<std::optional<Result>> slots(window);
    std::mutex mu;
    std::condition_variable changed;
    std::size_t claimed = 0, emitted = 0, in_flight = 0, pending_cost = 0;
    std::optional<Item> pending;  // the next item, taken from the source but not yet affordable
    bool exhausted = false;

    auto worker = [&] {
        for (;;) {
            std::unique_lock<std::mutex> lock(mu);
            for (;;) {
                if (exhausted && !pending) return;
                if (claimed < emitted + window) {
                    if (!pending) {
                        pending = next();
                        if (!pending) {
                            exhausted = true;
                            changed.notify_all();
                            return;
                        }
                        pending_cost = cost(*pending);
                    }
                    if (in_flight == 0 || in_flight + pending_cost <= budget) break;
                }
                changed.wait(lock);
            }
            Item item = std::move(*pending);
            pending.reset();
            const std::size_t c = pending_cost, index = claimed++;
            in_flight += c;
            changed.notify_all();
            lock.unlock();
            Result r = work(std::move(item));
            lock.lock();
            in_flight -= c;
            slots[index % window] = std::move(r);
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < threads; ++i) pool.emplace_back(worker);
    for (;;) {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] { return slots[emitted % window].has_value() || (exhausted && !pending && emitted == claimed); });
        if (!slots[emitted % window]) break;  // exhausted and all emitted
        Result r = std::move(*slots[emitted % window]);
        slots[emitted % window].reset();
        ++emitted;
        changed.notify_all();
        lock.unlock();
        emit(std::move(r));
    }
    for (auto& t : pool) t.join();
}

}  // namespace govnews_cli
