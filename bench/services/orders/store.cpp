#include "store.h"

#include <stdexcept>

namespace orders {

namespace {

Product product_from_row(const pqxx::row& row) {
    return Product{row["sku"].as<std::string>(), row["name"].as<std::string>(), row["price_cents"].as<long>(),
                   row["stock"].as<int>()};
}

std::string pg_text_array(const std::vector<std::string>& values) {
    std::string out = "{";
    for (const auto& v : values) {
        if (out.size() > 1) out += ',';
        out += '"';
        for (char c : v) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

}  // namespace

std::optional<Product> Store::product(pqxx::transaction_base& tx, const std::string& sku) {
    auto r = tx.exec_params("SELECT sku, name, price_cents, stock FROM products WHERE sku = $1", sku);
    if (r.empty()) return std::nullopt;
    return product_from_row(r[0]);
}

std::vector<Product> Store::products(pqxx::transaction_base& tx, const std::vector<std::string>& skus) {
    auto r = tx.exec_params("SELECT sku, name, price_cents, stock FROM products WHERE sku = ANY($1::text[])",
                            pg_text_array(skus));
    std::vector<Product> out;
    for (const auto& row : r) out.push_back(product_from_row(row));
    return out;
}

void Store::reserve(pqxx::transaction_base& tx, const std::string& sku, int quantity) {
    auto r = tx.exec_params("UPDATE products SET stock = stock - $2 WHERE sku = $1 AND stock >= $2", sku, quantity);
    if (r.affected_rows() != 1) throw std::runtime_error("insufficient stock for " + sku);
}

long Store::insert_order(pqxx::transaction_base& tx, long customer_id, long total_cents) {
    auto row = tx.exec_params1(
        "INSERT INTO orders (customer_id, status, total_cents) VALUES ($1, 'pending', $2) RETURNING id",
        customer_id, total_cents);
    return row[0].as<long>();
}

void Store::insert_item(pqxx::transaction_base& tx, long order_id, const OrderItem& item) {
    tx.exec_params0("INSERT INTO order_items (order_id, sku, quantity, unit_price_cents) VALUES ($1, $2, $3, $4)",
                    order_id, item.sku, item.quantity, item.unit_price_cents);
}

std::optional<Order> Store::order(long id) {
    pqxx::connection conn{dsn_};
    pqxx::read_transaction tx{conn};
    auto r = tx.exec_params(
        "SELECT id, customer_id, status, total_cents, created_at::text FROM orders WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    Order o{r[0][0].as<long>(), r[0][1].as<long>(), r[0][3].as<long>(), r[0][2].as<std::string>(),
            r[0][4].as<std::string>(), {}};
    for (const auto& row : tx.exec_params(
             "SELECT sku, quantity, unit_price_cents FROM order_items WHERE order_id = $1 ORDER BY id", id)) {
        o.items.push_back({row[0].as<std::string>(), row[1].as<int>(), row[2].as<long>()});
    }
    return o;
}

std::string Store::product_name(const std::string& sku) {
    pqxx::connection conn{dsn_};
    pqxx::read_transaction tx{conn};
    auto r = tx.exec_params("SELECT name FROM products WHERE sku = $1", sku);
    return r.empty() ? sku : r[0][0].as<std::string>();
}

void Store::set_status(long order_id, const std::string& status) {
    pqxx::connection conn{dsn_};
    pqxx::work tx{conn};
    tx.exec_params0("UPDATE orders SET status = $2, updated_at = now() WHERE id = $1", order_id, status);
    tx.commit();
}

std::optional<Customer> Store::customer(long id) {
    pqxx::connection conn{dsn_};
    pqxx::read_transaction tx{conn};
    auto r = tx.exec_params("SELECT id, name, email, tier FROM customers WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    return Customer{r[0][0].as<long>(), r[0][1].as<std::string>(), r[0][2].as<std::string>(),
                    r[0][3].as<std::string>("standard")};
}

std::vector<Order> Store::recent_orders(long customer_id, int limit) {
    pqxx::connection conn{dsn_};
    pqxx::read_transaction tx{conn};
    std::vector<Order> out;
    for (const auto& row : tx.exec_params("SELECT id, status, total_cents, created_at::text FROM orders "
                                          "WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2",
                                          customer_id, limit)) {
        out.push_back({row[0].as<long>(), customer_id, row[2].as<long>(), row[1].as<std::string>(),
                       row[3].as<std::string>(), {}});
    }
    return out;
}

long Store::loyalty_points(long customer_id) {
    pqxx::connection conn{dsn_};
    pqxx::read_transaction tx{conn};
    auto row = tx.exec_params1("SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = $1",
                               customer_id);
    return row[0].as<long>();
}

}  // namespace orders
