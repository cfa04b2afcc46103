(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/jobs/42/run"
    :method :post}))

(println (:body response))
