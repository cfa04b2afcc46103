(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/me"
    :headers {"Authorization" "Basic YW5uOnBAc3M6d8O2cmQ="}
    :method :get}))

(println (:body response))
