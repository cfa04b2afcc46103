(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/tags"
    :headers {"X-Tag" ["alpha" "beta" "gamma"]
              "Accept" "text/plain"}
    :method :get}))

(println (:body response))
