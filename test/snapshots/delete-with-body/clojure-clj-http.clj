(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/items"
    :headers {"Content-Type" "application/json"}
    :body (.getBytes "{\"ids\": [1, 2, 3]}" "UTF-8")
    :method :delete}))

(println (:body response))
