package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()

	resp, err := req.Execute("GET", "{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
