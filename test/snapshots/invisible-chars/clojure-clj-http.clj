(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/inv"
    :headers {"X-Tab" "a\tb"
              "Content-Type" "text/plain"}
    :body (.getBytes "tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\u0001\u001F\u007Fdel\u0085nel" "UTF-8")
    :method :post}))

(println (:body response))
