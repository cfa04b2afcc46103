(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"
    :method :get}))

(println (:body response))
