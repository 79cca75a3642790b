// Upstream: olrea/openai-cpp, master commit 9554a4d86d7650bb3b46db772dbacd5f3e054b8c
//   (2024-04-14; describe: v0.1.3-13-g9554a4d; last change to the header
//   1a4a739e, 2023-11-14). Tag v0.1.3 is ba6c84dfd88de4b3c4d8f5e6cc773a287fde3dce
//   (2023-04-12): same API minus CategoryAssistants/CategoryThreads, the
//   'beta' parameter and OpenAI::setBeta.
// Mirrors:  include/openai/openai.hpp (users add include/openai to the include
//           path and write #include "openai.hpp").
//
// Facts this shape preserves (all as upstream):
//   * Everything is declared in openai::_detail and re-exported with
//     using-declarations: OpenAI, start, instance, post, get, model, assistant,
//     thread, completion, edit, image, embedding, file, fineTune, moderation,
//     chat, audio, Json. The Category* structs are NOT re-exported, so
//     openai::chat().create(...) calls openai::_detail::CategoryChat::create.
//   * Every call is synchronous: Category*::create/list/... -> OpenAI::post/get/
//     del -> Session::makeRequest, which runs curl_easy_perform on the calling
//     thread (under a std::mutex, Session::mutex_request_).
//   * openai::start()/instance() return a function-local static OpenAI (one
//     process-wide instance, one Session = one CURL easy handle).
//   * OpenAI is neither copyable nor movable.
// Simplifications: no curl include; Session's private CURL* members and the
// implementation are left out. Declarations only -- for -fsyntax-only/clang-tidy.
// API shape for tests: declarations match upstream; bodies are not the real implementation.
#ifndef OPENAI_HPP_
#define OPENAI_HPP_

#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>
#include <sstream>
#include <mutex>
#include <cstdlib>
#include <map>

#include <nlohmann/json.hpp>  // nlohmann/json

namespace openai {

namespace _detail {

// Json alias
using Json = nlohmann::json;

struct Response {
    std::string text;
    bool        is_error;
    std::string error_message;
};

// Simple curl Session inspired by CPR
class Session {
public:
    Session(bool throw_exception);
    Session(bool throw_exception, std::string proxy_url);
    ~Session();

    void initCurl();
    void ignoreSSL();
    void setUrl(const std::string& url) { url_ = url; }
    void setToken(const std::string& token, const std::string& organization);
    void setProxyUrl(const std::string& url);
    void setBeta(const std::string& beta) { beta_ = beta; }

    void setBody(const std::string& data);
    void setMultiformPart(const std::pair<std::string, std::string>& filefield_and_filepath, const std::map<std::string, std::string>& fields);

    Response getPrepare();
    Response postPrepare(const std::string& contentType = "");
    Response deletePrepare();
    Response makeRequest(const std::string& contentType = "");   // curl_easy_perform, under mutex_request_
    std::string easyEscape(const std::string& text);

private:
    std::string url_;
    std::string proxy_url_;
    std::string token_;
    std::string organization_;
    std::string beta_;

    bool        throw_exception_;
    std::mutex  mutex_request_;
};

class  OpenAI;

// https://platform.openai.com/docs/api-reference/models
// List and describe the various models available in the API. You can refer to the Models documentation to understand what models are available and the differences between them.
struct CategoryModel {
    Json list();
    Json retrieve(const std::string& model);

    CategoryModel(OpenAI& openai) : openai_{openai} {}
private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/assistants
// Build assistants that can call models and use tools to perform tasks.
struct CategoryAssistants {
    Json create(Json input);
    Json retrieve(const std::string& assistants);
    Json modify(const std::string& assistants, Json input);
    Json del(const std::string& assistants);
    Json list();
    Json createFile(const std::string& assistants, Json input);
    Json retrieveFile(const std::string& assistants, const std::string& files);
    Json delFile(const std::string& assistants, const std::string& files);
    Json listFile(const std::string& assistants);

    CategoryAssistants(OpenAI& openai) : openai_{openai} {}
private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/threads
// Create threads that assistants can interact with.
struct CategoryThreads {
    Json create();
    Json retrieve(const std::string& threads);
    Json modify(const std::string& threads, Json input);
    Json del(const std::string& threads);
    Json list();

    // https://platform.openai.com/docs/api-reference/messages
    // Create messages within threads
    Json createMessage(const std::string& threads, Json input);
    Json retrieveMessage(const std::string& threads, const std::string& messages);
    Json modifyMessage(const std::string& threads, const std::string& messages, Json input);
    Json listMessage(const std::string& threads);
    Json retrieveMessageFile(const std::string& threads, const std::string& messages, const std::string& files);
    Json listMessageFile(const std::string& threads, const std::string& messages);

    // https://platform.openai.com/docs/api-reference/runs
    // Represents an execution run on a thread.
    Json createRun(const std::string& threads, Json input);
    Json retrieveRun(const std::string& threads, const std::string& runs);
    Json modifyRun(const std::string& threads, const std::string& runs, Json input);
    Json listRun(const std::string& threads);
    Json submitToolOutputsToRun(const std::string& threads, const std::string& runs, Json input);
    Json cancelRun(const std::string& threads, const std::string& runs);
    Json createThreadAndRun(Json input);
    Json retrieveRunStep(const std::string& threads, const std::string& runs, const std::string& steps);
    Json listRunStep(const std::string& threads, const std::string& runs);

    CategoryThreads(OpenAI& openai) : openai_{openai} {}
private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/completions
// Given a prompt, the model will return one or more predicted completions, and can also return the probabilities of alternative tokens at each position.
struct CategoryCompletion {
    Json create(Json input);

    CategoryCompletion(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/chat
// Given a prompt, the model will return one or more predicted chat completions.
struct CategoryChat {
    Json create(Json input);

    CategoryChat(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/audio
// Learn how to turn audio into text.
struct CategoryAudio {
    Json transcribe(Json input);
    Json translate(Json input);

    CategoryAudio(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/edits
// Given a prompt and an instruction, the model will return an edited version of the prompt.
struct CategoryEdit {
    Json create(Json input);

    CategoryEdit(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};


// https://platform.openai.com/docs/api-reference/images
// Given a prompt and/or an input image, the model will generate a new image.
struct CategoryImage {
    Json create(Json input);
    Json edit(Json input);
    Json variation(Json input);

    CategoryImage(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/embeddings
// Get a vector representation of a given input that can be easily consumed by machine learning models and algorithms.
struct CategoryEmbedding {
    Json create(Json input);
    CategoryEmbedding(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};

struct FileRequest {
    std::string file;
    std::string purpose;
};

// https://platform.openai.com/docs/api-reference/files
// Files are used to upload documents that can be used with features like Fine-tuning.
struct CategoryFile {
    Json list();
    Json upload(Json input);
    Json del(const std::string& file); // TODO
    Json retrieve(const std::string& file_id);
    Json content(const std::string& file_id);

    CategoryFile(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/fine-tunes
// Manage fine-tuning jobs to tailor a model to your specific training data.
struct CategoryFineTune {
    Json create(Json input);
    Json list();
    Json retrieve(const std::string& fine_tune_id);
    Json content(const std::string& fine_tune_id);
    Json cancel(const std::string& fine_tune_id);
    Json events(const std::string& fine_tune_id);
    Json del(const std::string& model);

    CategoryFineTune(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};

// https://platform.openai.com/docs/api-reference/moderations
// Given a input text, outputs if the model classifies it as violating OpenAI's content policy.
struct CategoryModeration {
    Json create(Json input);

    CategoryModeration(OpenAI& openai) : openai_{openai} {}

private:
    OpenAI& openai_;
};

// OpenAI
class OpenAI {
public:
    OpenAI(const std::string& token = "", const std::string& organization = "", bool throw_exception = true, const std::string& api_base_url = "", const std::string& beta = "");

    OpenAI(const OpenAI&)               = delete;
    OpenAI& operator=(const OpenAI&)    = delete;
    OpenAI(OpenAI&&)                    = delete;
    OpenAI& operator=(OpenAI&&)         = delete;

    void setToken(const std::string& token = "", const std::string& organization = "");
    void setProxy(const std::string& url);
    void setBeta(const std::string& beta);
    void setThrowException(bool throw_exception);
    void setMultiformPart(const std::pair<std::string, std::string>& filefield_and_filepath, const std::map<std::string, std::string>& fields);

    // Blocking HTTP requests (base_url + suffix).
    Json post(const std::string& suffix, const std::string& data, const std::string& contentType);
    Json get(const std::string& suffix, const std::string& data = "");
    Json post(const std::string& suffix, const Json& json, const std::string& contentType="application/json");
    Json del(const std::string& suffix);

    std::string easyEscape(const std::string& text);

    void debug() const;

    void setBaseUrl(const std::string &url);
    std::string getBaseUrl() const;

private:
    std::string base_url;

public:
    CategoryModel           model     {*this};
    CategoryAssistants      assistant {*this};
    CategoryThreads         thread    {*this};
    CategoryCompletion      completion{*this};
    CategoryEdit            edit      {*this};
    CategoryImage           image     {*this};
    CategoryEmbedding       embedding {*this};
    CategoryFile            file      {*this};
    CategoryFineTune        fine_tune {*this};
    CategoryModeration      moderation{*this};
    CategoryChat            chat      {*this};
    CategoryAudio           audio     {*this};

private:
    Session                 session_;
    std::string             token_;
    std::string             organization_;
    bool                    throw_exception_;
};

inline std::string bool_to_string(const bool b) {
    std::ostringstream ss;
    ss << std::boolalpha << b;
    return ss.str();
}

inline OpenAI& start(const std::string& token = "", const std::string& organization = "", bool throw_exception = true, const std::string& api_base_url = "")  {
    static OpenAI instance{token, organization, throw_exception, api_base_url};
    return instance;
}

inline OpenAI& instance() {
    return start();
}

inline Json post(const std::string& suffix, const Json& json) {
    return instance().post(suffix, json);
}

inline Json get(const std::string& suffix/*, const Json& json*/) {
    return instance().get(suffix);
}

// Helper functions to get category structures instance()

inline CategoryModel& model() {
    return instance().model;
}

inline CategoryAssistants& assistant() {
    return instance().assistant;
}

inline CategoryThreads& thread() {
    return instance().thread;
}

inline CategoryCompletion& completion() {
    return instance().completion;
}

inline CategoryChat& chat() {
    return instance().chat;
}

inline CategoryAudio& audio() {
    return instance().audio;
}

inline CategoryEdit& edit() {
    return instance().edit;
}

inline CategoryImage& image() {
    return instance().image;
}

inline CategoryEmbedding& embedding() {
    return instance().embedding;
}

inline CategoryFile& file() {
    return instance().file;
}

inline CategoryFineTune& fineTune() {
    return instance().fine_tune;
}

inline CategoryModeration& moderation() {
    return instance().moderation;
}

} // namespace _detail

// Public interface

using _detail::OpenAI;

// instance
using _detail::start;
using _detail::instance;

// Generic methods
using _detail::post;
using _detail::get;

// Helper categories access
using _detail::model;
using _detail::assistant;
using _detail::thread;
using _detail::completion;
using _detail::edit;
using _detail::image;
using _detail::embedding;
using _detail::file;
using _detail::fineTune;
using _detail::moderation;
using _detail::chat;
using _detail::audio;

using _detail::Json;

} // namespace openai

#endif // OPENAI_HPP_
