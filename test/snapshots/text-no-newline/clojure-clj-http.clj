(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/notes"
    :headers {"Content-Type" "text/plain"}
    :body (.getBytes "price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays" "UTF-8")
    :method :post}))

(println (:body response))
