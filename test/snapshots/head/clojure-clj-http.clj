(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/status"
    :headers {"X-Check" "yes"}
    :method :head}))

(println (:body response))
