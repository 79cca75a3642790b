#include "store.h"

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/beast.hpp>
#include <boost/json.hpp>

#include <cstdlib>
#include <iostream>
#include <thread>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using asio::awaitable;
using asio::use_awaitable;
using tcp = asio::ip::tcp;
using namespace asio::experimental::awaitable_operators;
using namespace std::chrono_literals;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

namespace orders {

struct Config {
    std::string dsn = std::getenv("ORDERS_DSN") ? std::getenv("ORDERS_DSN") : "postgresql://localhost/orders";
    std::string warehouse_host = std::getenv("WAREHOUSE_HOST") ? std::getenv("WAREHOUSE_HOST") : "warehouse";
    std::string warehouse_port = "8080";
};

Config config;
Store store{config.dsn};
asio::thread_pool db_pool{6};

template <class F>
awaitable<std::invoke_result_t<F&>> run_blocking(F f) {
    using T = std::invoke_result_t<F&>;
    co_return co_await asio::co_spawn(db_pool, [f = std::move(f)]() mutable -> awaitable<T> { co_return f(); },
                                      use_awaitable);
}

Response json_reply(const Request& req, http::status status, const json::value& body) {
    Response res{status, req.version()};
    res.set(http::field::content_type, "application/json");
    res.keep_alive(req.keep_alive());
    res.body() = json::serialize(body);
    res.prepare_payload();
    return res;
}

json::object order_json(const Order& o) {
    return {{"id", o.id}, {"status", o.status}, {"total_cents", o.total_cents}, {"created_at", o.created_at}};
}

awaitable<void> notify_warehouse(long order_id, std::string event) {
    auto ex = co_await asio::this_coro::executor;
    Request req{http::verb::post, "/v1/order-events", 11};
    req.set(http::field::host, config.warehouse_host);
    req.set(http::field::content_type, "application/json");
    req.body() = json::serialize(json::object{{"order_id", order_id}, {"event", event}});
    req.prepare_payload();
    for (int attempt = 1;; ++attempt) {
        try {
            tcp::resolver resolver(ex);
            beast::tcp_stream stream(ex);
            auto endpoints = co_await resolver.async_resolve(config.warehouse_host, config.warehouse_port, use_awaitable);
            stream.expires_after(5s);
            co_await stream.async_connect(endpoints, use_awaitable);
            co_await http::async_write(stream, req, use_awaitable);
            beast::flat_buffer buffer;
            Response res;
            co_await http::async_read(stream, buffer, res, use_awaitable);
            if (res.result_int() < 500) co_return;
        } catch (const boost::system::system_error& e) {
            if (attempt == 3) std::cerr << "warehouse notify failed for order " << order_id << ": " << e.what() << '\n';
        }
        if (attempt == 3) co_return;
        asio::steady_timer backoff(ex, std::chrono::milliseconds(200 * attempt));
        co_await backoff.async_wait(use_awaitable);
    }
}

awaitable<Response> create_order(const Request& req) {
    json::value body = json::parse(req.body());
    long customer_id = body.at("customer_id").to_number<long>();
    std::vector<std::pair<std::string, int>> wanted;
    for (const auto& item : body.at("items").as_array()) {
        wanted.emplace_back(json::value_to<std::string>(item.at("sku")), item.at("quantity").to_number<int>());
    }
    long order_id = co_await run_blocking([&] {
        pqxx::connection conn{store.dsn()};
        for (int attempt = 0;; ++attempt) {
            try {
                pqxx::transaction<pqxx::serializable> tx{conn};
                std::vector<OrderItem> items;
                long total = 0;
                for (const auto& [sku, quantity] : wanted) {
                    auto product = store.product(tx, sku);
                    if (!product) throw std::invalid_argument("unknown sku " + sku);
                    store.reserve(tx, sku, quantity);
                    items.push_back({sku, quantity, product->price_cents});
                    total += product->price_cents * quantity;
                }
                long id = store.insert_order(tx, customer_id, total);
                for (const auto& item : items) store.insert_item(tx, id, item);
                tx.commit();
                return id;
            } catch (const pqxx::serialization_failure&) {
                if (attempt == 2) throw;
                std::this_thread::sleep_for(std::chrono::milliseconds(25 << attempt));
            }
        }
    });
    co_await notify_warehouse(order_id, "created");
    co_return json_reply(req, http::status::created, json::object{{"id", order_id}});
}

awaitable<Response> get_order(const Request& req, long id) {
    auto order = store.order(id);
    if (!order) co_return json_reply(req, http::status::not_found, json::object{{"detail", "order not found"}});
    json::array items;
    for (const auto& item : order->items) {
        items.push_back({{"sku", item.sku}, {"name", store.product_name(item.sku)}, {"quantity", item.quantity},
                         {"unit_price_cents", item.unit_price_cents}});
    }
    json::object out = order_json(*order);
    out["items"] = std::move(items);
    co_return json_reply(req, http::status::ok, out);
}

awaitable<std::optional<Customer>> load_customer(long id) {
    co_return co_await run_blocking([id] { return store.customer(id); });
}

awaitable<std::vector<Order>> load_recent_orders(long customer_id) {
    co_return co_await run_blocking([customer_id] { return store.recent_orders(customer_id, 10); });
}

awaitable<long> load_points(long customer_id) {
    co_return co_await run_blocking([customer_id] { return store.loyalty_points(customer_id); });
}

awaitable<Response> customer_summary(const Request& req, long id) {
    auto customer = co_await load_customer(id);
    if (!customer) co_return json_reply(req, http::status::not_found, json::object{{"detail", "customer not found"}});
    auto recent = co_await load_recent_orders(id);
    auto points = co_await load_points(id);
    json::array orders;
    for (const auto& o : recent) orders.push_back(order_json(o));
    co_return json_reply(req, http::status::ok,
                         json::object{{"id", customer->id}, {"name", customer->name}, {"tier", customer->tier},
                                      {"loyalty_points", points}, {"recent_orders", std::move(orders)}});
}

awaitable<Response> check_inventory(const Request& req, std::string_view sku_list) {
    std::vector<std::string> skus;
    for (std::size_t pos = 0; pos < sku_list.size();) {
        auto comma = std::min(sku_list.find(',', pos), sku_list.size());
        if (comma > pos) skus.emplace_back(sku_list.substr(pos, comma - pos));
        pos = comma + 1;
    }
    auto products = co_await run_blocking([&] {
        pqxx::connection conn{store.dsn()};
        pqxx::read_transaction tx{conn};
        return store.products(tx, skus);
    });
    json::object stock;
    for (const auto& p : products) stock[p.sku] = p.stock;
    co_return json_reply(req, http::status::ok, stock);
}

awaitable<Response> bulk_status(const Request& req) {
    json::value body = json::parse(req.body());
    std::string status = json::value_to<std::string>(body.at("status"));
    json::array updated;
    for (const auto& v : body.at("order_ids").as_array()) {
        long id = v.to_number<long>();
        co_await run_blocking([id, status] { store.set_status(id, status); return true; });
        co_await notify_warehouse(id, status);
        updated.push_back(id);
    }
    co_return json_reply(req, http::status::ok, json::object{{"updated", std::move(updated)}});
}

awaitable<Response> dashboard(const Request& req) {
    auto count_pending = run_blocking([] {
        pqxx::connection conn{store.dsn()};
        pqxx::read_transaction tx{conn};
        return tx.exec1("SELECT count(*) FROM orders WHERE status = 'pending'")[0].as<long>();
    });
    auto low_stock = run_blocking([] {
        pqxx::connection conn{store.dsn()};
        pqxx::read_transaction tx{conn};
        json::array out;
        for (const auto& row : tx.exec("SELECT sku FROM products WHERE stock < 10 ORDER BY stock LIMIT 50"))
            out.push_back(json::value(row[0].as<std::string>()));
        return out;
    });
    auto [pending, low] = co_await (std::move(count_pending) && std::move(low_stock));
    co_return json_reply(req, http::status::ok, json::object{{"pending_orders", pending}, {"low_stock", low}});
}

awaitable<Response> route(const Request& req) {
    std::string_view target(req.target().data(), req.target().size());
    auto m = req.method();
    if (m == http::verb::post && target == "/orders") co_return co_await create_order(req);
    if (m == http::verb::post && target == "/orders/bulk-status") co_return co_await bulk_status(req);
    if (m == http::verb::get && target == "/admin/dashboard") co_return co_await dashboard(req);
    if (m == http::verb::get && target.starts_with("/inventory?skus=")) co_return co_await check_inventory(req, target.substr(16));
    if (m == http::verb::get && target.starts_with("/orders/")) co_return co_await get_order(req, std::stol(std::string(target.substr(8))));
    if (m == http::verb::get && target.starts_with("/customers/") && target.ends_with("/summary"))
        co_return co_await customer_summary(req, std::stol(std::string(target.substr(11))));
    co_return json_reply(req, http::status::not_found, json::object{{"detail", "not found"}});
}

awaitable<void> serve(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    for (;;) {
        Request req;
        stream.expires_after(30s);
        auto [ec, n] = co_await http::async_read(stream, buffer, req, asio::as_tuple(use_awaitable));
        if (ec) break;
        Response res;
        try {
            res = co_await route(req);
        } catch (const std::exception& e) {
            res = json_reply(req, http::status::bad_request, json::object{{"detail", e.what()}});
        }
        auto [wec, written] = co_await http::async_write(stream, res, asio::as_tuple(use_awaitable));
        if (wec || !res.keep_alive()) break;
    }
    stream.socket().close();
}

}  // namespace orders

int main() {
    asio::io_context ioc;
    asio::co_spawn(ioc, []() -> awaitable<void> {
        tcp::acceptor acceptor(co_await asio::this_coro::executor, {tcp::v4(), 8002});
        for (;;) {
            auto socket = co_await acceptor.async_accept(use_awaitable);
            asio::co_spawn(acceptor.get_executor(), orders::serve(std::move(socket)), asio::detached);
        }
    }, asio::detached);
    ioc.run();
}
