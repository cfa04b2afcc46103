(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/reports"
    :headers {"X-API-Key" "k3y$#{x}"}
    :method :get}))

(println (:body response))
