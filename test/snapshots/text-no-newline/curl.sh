curl --location --globoff '{{baseUrl}}/notes' \
--header 'Content-Type: text/plain' \
--data-raw 'price: $5 #{total} ${HOME} \(x) `cmd` '\''single'\'' "double" \n stays'
