// Upstream: jmont-dev/ollama-hpp, tag v0.9.5
//   (commit be224a8320d0bbd956404c6cdd7863202be4282c, 2025-03-30; master
//   539eba36 only changes LICENSE/Makefile/README after it)
// Mirrors:  include/ollama.hpp (singleheader/ollama.hpp is the same code with
//           httplib/json/Base64 pasted in).
//
// Facts this shape preserves (all as upstream v0.9.5):
//   * class Ollama is declared in the GLOBAL namespace (::Ollama), not in
//     namespace ollama. It owns a raw `httplib::Client *cli` (new in the
//     constructor, delete in the destructor) and declares no copy
//     constructor/assignment, so copying an Ollama double-deletes the client.
//   * namespace ollama holds a per-translation-unit singleton
//     `static Ollama ollama;` and inline free functions (ollama::generate,
//     ollama::chat, ollama::generate_embeddings, ...) that forward to it.
//   * Every request is a synchronous cpp-httplib call (cli->Post / cli->Get):
//     generate/chat/generate_embeddings are blocking LLM requests, the model
//     management calls are blocking HTTP requests. The streaming overloads
//     (taking std::function<bool(const ollama::response&)>) also block until
//     the last token ("This function uses a blocking socket call so it will
//     still block the primary thread until all tokens are received." README).
//   * The embeddings call is spelled generate_embeddings (there is no
//     ollama::embeddings function in v0.9.5).
//   * Ollama::chat takes `json options` BY VALUE; ollama::chat (free function)
//     takes `const json& options`.
// Declarations only (upstream defines everything inline) -- for
// -fsyntax-only / clang-tidy use.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef OLLAMA_HPP
#define OLLAMA_HPP

#include "httplib.h"
#include "json.hpp"
#include "Base64.h"

#include <string>
#include <memory>
#include <fstream>
#include <iostream>
#include <numeric>
#include <functional>
#include <exception>
#include <initializer_list>
#include <vector>

// Namespace types and classes
namespace ollama
{
    using json = nlohmann::json;
    using base64 = macaron::Base64;

    static bool use_exceptions = true;    // Change this to false to avoid throwing exceptions within the library.
    static bool log_requests = false;      // Log raw requests to the Ollama server. Useful when debugging.
    static bool log_replies = false;       // Log raw replies from the Ollama server. Useful when debugging.

    static void allow_exceptions(bool enable) {use_exceptions = enable;}
    static void show_requests(bool enable) {log_requests = enable;}
    static void show_replies(bool enable) {log_replies = enable;}

    enum class message_type { generation, chat, embedding };

    class exception : public std::exception {
    private:
        std::string message;

    public:
        exception(const std::string& msg) : message(msg) {}
        const char* what() const noexcept override { return message.c_str(); }
    };

    class invalid_json_exception : public ollama::exception { public: using exception::exception; };

    class image {
        public:
            image(const std::string base64_sequence, bool valid = true);
            ~image(){};
            static image from_file(const std::string& filepath);
            static image from_base64_string(const std::string& base64_string);
            const std::string as_base64_string() const;
            bool is_valid(){return valid;}
            operator std::string() const { return base64_sequence; }
        private:
            std::string base64_sequence;
            bool valid;
    };

    class images: public std::vector<std::string> {
        public:
            images(): std::vector<std::string>(0) {}
            images(const std::initializer_list<ollama::image>& list);
            ~images(){};
            std::vector<std::string> to_strings();
    };

    class options: public json {
        public:
            options(): json() { this->emplace( "options", nlohmann::json::object() );  }
            nlohmann::json& operator[](const std::string& key);
            nlohmann::json& operator[](const char* key) { return this->operator[](std::string(key)); };
    };

    class message: public json {
        public:
            message(const std::string& role, const std::string& content, const std::vector<ollama::image>& images);
            message(const std::string& role, const std::string& content);
            message() : json() {}
            ~message() {}
            std::string as_json_string() const { return this->dump(); }
            operator std::string() const { return this->as_json_string(); }
    };

    class messages: public std::vector<message> {
        public:
            messages(): std::vector<message>(0) {}
            messages(ollama::message message): messages() { this->push_back(message); }
            messages(const std::initializer_list<message>& list);
            ~messages(){};
            const std::vector<std::string> to_strings() const;
            const std::vector<json> to_json() const;
    };

    class request: public json {
        public:
            // Create a request for a generation.
            request(const std::string& model,const std::string& prompt, const json& options=nullptr, bool stream=false, const std::vector<std::string>& images=std::vector<std::string>());
            // Create a request for a chat completion.
            request(const std::string& model, const ollama::messages& messages, const json& options=nullptr, bool stream=false, const std::string& format="json", const std::string& keep_alive_duration="5m");
            // Request for a chat completion with a single message
            request(const std::string& model, const ollama::message& message, const json& options=nullptr, bool stream=false, const std::string& format="json", const std::string& keep_alive_duration="5m");
            request(message_type type): request() { this->type = type; }
            request(): json() {}
            ~request(){};

            static ollama::request from_embedding(const std::string& model, const std::string& input, const json& options=nullptr, bool truncate=true, const std::string& keep_alive_duration="5m");

            const message_type& get_type() const { return type; }

        private:
        message_type type;
    };

    class response {
        public:
            response(const std::string& json_string, message_type type=message_type::generation);
            response() {json_string = ""; valid = false;}
            ~response(){};

            bool is_valid() const {return valid;};
            const std::string& as_json_string() const { return json_string; }
            const json& as_json() const { return json_data; }
            const std::string& as_simple_string() const { return simple_string; }
            bool has_error() const;
            const std::string& get_error() const { return error_string; }

            friend std::ostream& operator<<(std::ostream& os, const ollama::response& response) { os << response.as_simple_string(); return os; }

            const message_type& get_type() const { return type; }

            // upstream spells the conversion with the libstdc++ inline namespace:
            operator std::__cxx11::basic_string<char>() const { return this->as_simple_string(); }

        private:
        std::string json_string;
        std::string simple_string;
        std::string error_string;

        json json_data;
        message_type type;
        bool valid;
    };

}

class Ollama
{
    using json = nlohmann::json;

    public:

        Ollama(const std::string& url)
        {
            this->server_url = url;
            this->cli = new httplib::Client(url);
            this->setReadTimeout(120);
        }

        Ollama(): Ollama("http://localhost:11434") {}
        ~Ollama() { delete this->cli; }

    // --- LLM requests (blocking; each is one POST to the Ollama server) ---
    // POST /api/generate
    ollama::response generate(const std::string& model,const std::string& prompt, const ollama::response& context, const json& options=nullptr, const std::vector<std::string>& images=std::vector<std::string>());
    ollama::response generate(const std::string& model,const std::string& prompt, const json& options=nullptr, const std::vector<std::string>& images=std::vector<std::string>());
    ollama::response generate(ollama::request& request);
    // streaming forms: still block until the whole reply was received
    bool generate(const std::string& model,const std::string& prompt, ollama::response& context, std::function<bool(const ollama::response&)> on_receive_token, const json& options=nullptr, const std::vector<std::string>& images=std::vector<std::string>());
    bool generate(const std::string& model,const std::string& prompt, std::function<bool(const ollama::response&)> on_receive_token, const json& options=nullptr, const std::vector<std::string>& images=std::vector<std::string>());
    bool generate(ollama::request& request, std::function<bool(const ollama::response&)> on_receive_token);

    // POST /api/chat
    ollama::response chat(const std::string& model, const ollama::messages& messages, json options=nullptr, const std::string& format="json", const std::string& keep_alive_duration="5m");
    ollama::response chat(ollama::request& request);
    bool chat(const std::string& model, const ollama::messages& messages, std::function<bool(const ollama::response&)> on_receive_token, const json& options=nullptr, const std::string& format="json", const std::string& keep_alive_duration="5m");
    bool chat(ollama::request& request, std::function<bool(const ollama::response&)> on_receive_token);

    // --- model management (blocking HTTP requests) ---
    bool create_model(const std::string& modelName, const std::string& modelFile, bool loadFromFile=true);   // POST /api/create
    bool load_model(const std::string& model);                                                             // POST /api/generate (empty prompt)
    bool is_running();                                                                                     // GET /
    json list_model_json();                                                                                // GET /api/tags
    std::vector<std::string> list_models();
    json running_model_json();                                                                             // GET /api/ps
    std::vector<std::string> list_running_models();
    bool blob_exists(const std::string& digest);                                                           // HEAD /api/blobs/:digest
    bool create_blob(const std::string& digest);                                                           // POST /api/blobs/:digest
    json show_model_info(const std::string& model, bool verbose=false);                                    // POST /api/show
    bool copy_model(const std::string& source_model, const std::string& dest_model);                       // POST /api/copy
    bool delete_model(const std::string& model);                                                           // DELETE /api/delete
    bool pull_model(const std::string& model, bool allow_insecure = false);                                // POST /api/pull
    bool push_model(const std::string& model, bool allow_insecure = false);                                // POST /api/push

    // POST /api/embed (LLM request)
    ollama::response generate_embeddings(const std::string& model, const std::string& input, const json& options=nullptr, bool truncate = true, const std::string& keep_alive_duration="5m");
    ollama::response generate_embeddings(ollama::request& request);

    std::string get_version();                                                                             // GET /api/version

    void setServerURL(const std::string& server_url);
    void setReadTimeout(const int seconds);
    void setWriteTimeout(const int seconds);

    private:

    std::string server_url;
    httplib::Client *cli;

};

// Functions associated with Ollama singleton
namespace ollama
{
    // Use directly from the namespace as a singleton
    static Ollama ollama;

    inline void setServerURL(const std::string& server_url)
    {
        ollama.setServerURL(server_url);
    }

    inline ollama::response generate(const std::string& model, const std::string& prompt, const json& options=nullptr, const std::vector<std::string>& images=std::vector<std::string>())
    {
        return ollama.generate(model, prompt, options, images);
    }

    inline ollama::response generate(const std::string& model,const std::string& prompt, const ollama::response& context, const json& options=nullptr, const std::vector<std::string>& images=std::vector<std::string>())
    {
        return ollama.generate(model, prompt, context, options, images);
    }

    inline ollama::response generate(ollama::request& request)
    {
        return ollama.generate(request);
    }

    inline bool generate(const std::string& model,const std::string& prompt, std::function<bool(const ollama::response&)> on_receive_response, const json& options=nullptr, const std::vector<std::string>& images=std::vector<std::string>())
    {
        return ollama.generate(model, prompt, on_receive_response, options, images);
    }

    inline bool generate(const std::string& model,const std::string& prompt, ollama::response& context, std::function<bool(const ollama::response&)> on_receive_response, const json& options=nullptr, const std::vector<std::string>& images=std::vector<std::string>())
    {
        return ollama.generate(model, prompt, context, on_receive_response, options, images);
    }

    inline bool generate(ollama::request& request, std::function<bool(const ollama::response&)> on_receive_response)
    {
        return ollama.generate(request, on_receive_response);
    }

    inline ollama::response chat(const std::string& model, const ollama::messages& messages, const json& options=nullptr, const std::string& format="json", const std::string& keep_alive_duration="5m")
    {
        return ollama.chat(model, messages, options, format, keep_alive_duration);
    }

    inline ollama::response chat(ollama::request& request)
    {
        return ollama.chat(request);
    }

    inline bool chat(const std::string& model, const ollama::messages& messages, std::function<bool(const ollama::response&)> on_receive_response, const json& options=nullptr, const std::string& format="json", const std::string& keep_alive_duration="5m")
    {
        return ollama.chat(model, messages, on_receive_response, options, format, keep_alive_duration);
    }

    inline bool chat(ollama::request& request, std::function<bool(const ollama::response&)> on_receive_response)
    {
        return ollama.chat(request, on_receive_response);
    }

    inline bool create(const std::string& modelName, const std::string& modelFile, bool loadFromFile=true)
    {
        return ollama.create_model(modelName, modelFile, loadFromFile);
    }

    inline bool is_running()
    {
        return ollama.is_running();
    }

    inline bool load_model(const std::string& model)
    {
        return ollama.load_model(model);
    }

    inline std::string get_version()
    {
        return ollama.get_version();
    }

    inline std::vector<std::string> list_models()
    {
        return ollama.list_models();
    }

    inline json list_model_json()
    {
        return ollama.list_model_json();
    }

    inline std::vector<std::string> list_running_models()
    {
        return ollama.list_running_models();
    }

    inline json running_model_json()
    {
        return ollama.running_model_json();
    }

    inline bool blob_exists(const std::string& digest)
    {
        return ollama.blob_exists(digest);
    }

    inline bool create_blob(const std::string& digest)
    {
        return ollama.create_blob(digest);
    }

    inline json show_model_info(const std::string& model, bool verbose=false)
    {
        return ollama.show_model_info(model, verbose);
    }

    inline bool copy_model(const std::string& source_model, const std::string& dest_model)
    {
        return ollama.copy_model(source_model, dest_model);
    }

    inline bool delete_model(const std::string& model)
    {
        return ollama.delete_model(model);
    }

    inline bool pull_model(const std::string& model, bool allow_insecure = false)
    {
        return ollama.pull_model(model, allow_insecure);
    }

    inline bool push_model(const std::string& model, bool allow_insecure = false)
    {
        return ollama.push_model(model, allow_insecure);
    }

    inline ollama::response generate_embeddings(const std::string& model, const std::string& input, const json& options=nullptr, bool truncate = true, const std::string& keep_alive_duration="5m")
    {
        return ollama.generate_embeddings(model, input, options, truncate, keep_alive_duration);
    }

    inline ollama::response generate_embeddings(ollama::request& request)
    {
        return ollama.generate_embeddings(request);
    }

    inline void setReadTimeout(const int& seconds)
    {
        ollama.setReadTimeout(seconds);
    }

    inline void setWriteTimeout(const int& seconds)
    {
        ollama.setWriteTimeout(seconds);
    }

}

#endif
