// Work on N threads, results handed back in input order, at most `window` items in flight, so
// memory holds a few inputs at a time however long the stream. Items come from a source that
// is called under the pool's lock (reading standard input needs no lock of its own).
#pragma once
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace govnews_cli {

// next() -> std::optional<Item>; work(Item&&) -> Result; emit(Result&&) in input order.
template <class Item, class Result, class Next, class Work, class Emit>
void ordered_pool(unsigned threads, Next next, Work work, Emit emit) {
    if (threads <= 1) {
        while (auto item = next()) emit(work(std::move(*item)));
        return;
    }
    const std::size_t window = std::size_t{threads} * 2;
    std::vector<std::optional<Result>> slots(window);
    std::mutex mu;
    std::condition_variable changed;
    std::size_t claimed = 0, emitted = 0;
    bool exhausted = false;

    auto worker = [&] {
        for (;;) {
            std::unique_lock<std::mutex> lock(mu);
            changed.wait(lock, [&] { return exhausted || claimed < emitted + window; });
            if (exhausted) return;
            auto item = next();
            if (!item) {
                exhausted = true;
                changed.notify_all();
                return;
            }
            const std::size_t index = claimed++;
            lock.unlock();
            Result r = work(std::move(*item));
            lock.lock();
            slots[index % window] = std::move(r);
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < threads; ++i) pool.emplace_back(worker);
    for (;;) {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] { return slots[emitted % window].has_value() || (exhausted && emitted == claimed); });
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
