(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2"
    :method :get}))

(println (:body response))
