#pragma once

#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

namespace orders {

struct Product {
    std::string sku, name;
    long price_cents = 0;
    int stock = 0;
};

struct OrderItem {
    std::string sku;
    int quantity = 0;
    long unit_price_cents = 0;
};

struct Order {
    long id = 0, customer_id = 0, total_cents = 0;
    std::string status, created_at;
    std::vector<OrderItem> items;
};

struct Customer {
    long id = 0;
    std::string name, email, tier;
};

// Methods that take a transaction run inside the caller's transaction.
class Store {
public:
    explicit Store(std::string dsn) : dsn_(std::move(dsn)) {}
    const std::string& dsn() const { return dsn_; }

    std::optional<Product> product(pqxx::transaction_base& tx, const std::string& sku);
    std::vector<Product> products(pqxx::transaction_base& tx, const std::vector<std::string>& skus);
    void reserve(pqxx::transaction_base& tx, const std::string& sku, int quantity);
    long insert_order(pqxx::transaction_base& tx, long customer_id, long total_cents);
    void insert_item(pqxx::transaction_base& tx, long order_id, const OrderItem& item);

    std::optional<Order> order(long id);
    std::string product_name(const std::string& sku);
    void set_status(long order_id, const std::string& status);
    std::optional<Customer> customer(long id);
    std::vector<Order> recent_orders(long customer_id, int limit);
    long loyalty_points(long customer_id);

private:
    std::string dsn_;
};

}  // namespace orders
