(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/search"
    :headers {"Content-Type" "application/json"}
    :body (.getBytes "{\"query\": {\"match_all\": {}}}" "UTF-8")
    :method :get}))

(println (:body response))
