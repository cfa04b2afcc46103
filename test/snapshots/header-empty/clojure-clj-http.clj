(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/empty"
    :headers {"X-Empty" ""
              "X-After" "set"}
    :method :get}))

(println (:body response))
