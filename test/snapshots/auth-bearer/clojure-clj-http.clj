(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/me"
    :headers {"Authorization" "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"}
    :method :get}))

(println (:body response))
