(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/v1/users?limit=10&page=2"
    :headers {"Accept" "application/json"}
    :method :get}))

(println (:body response))
