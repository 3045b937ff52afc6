package io.stratus.dynamo.index;

import io.stratus.dynamo.EngineHarness;

/** Creates the table the index tests share: {@code orders} with two global and one local index. */
public final class IndexedTable {

    /**
     * {@code orders}: key {@code pk} (S) + {@code sk} (S); GSI {@code byStatus} on {@code status} (S)
     * + {@code created} (N) projecting KEYS_ONLY; GSI {@code byCustomer} on {@code customer} (S)
     * projecting ALL; LSI {@code byTotal} on {@code pk} + {@code total} (N) projecting INCLUDE
     * {@code note}. On-demand.
     */
    public static final String CREATE = "{'TableName':'orders','BillingMode':'PAY_PER_REQUEST',"
            + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},{'AttributeName':'sk','AttributeType':'S'},"
            + "{'AttributeName':'status','AttributeType':'S'},{'AttributeName':'created','AttributeType':'N'},"
            + "{'AttributeName':'customer','AttributeType':'S'},{'AttributeName':'total','AttributeType':'N'}],"
            + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'sk','KeyType':'RANGE'}],"
            + "'GlobalSecondaryIndexes':["
            + "{'IndexName':'byStatus','KeySchema':[{'AttributeName':'status','KeyType':'HASH'},"
            + "{'AttributeName':'created','KeyType':'RANGE'}],'Projection':{'ProjectionType':'KEYS_ONLY'}},"
            + "{'IndexName':'byCustomer','KeySchema':[{'AttributeName':'customer','KeyType':'HASH'}],"
            + "'Projection':{'ProjectionType':'ALL'}}],"
            + "'LocalSecondaryIndexes':[{'IndexName':'byTotal','KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},"
            + "{'AttributeName':'total','KeyType':'RANGE'}],'Projection':{'ProjectionType':'INCLUDE','NonKeyAttributes':['note']}}]}";

    private IndexedTable() {
    }

    /** Creates {@code orders}. */
    public static void create(EngineHarness dynamo) {
        dynamo.call("CreateTable", CREATE);
    }

    /** Puts an order; {@code null} arguments leave the attribute out. */
    public static void put(EngineHarness dynamo, String pk, String sk, String status, Integer created, String customer,
                           Integer total) {
        StringBuilder item = new StringBuilder("{'pk':{'S':'" + pk + "'},'sk':{'S':'" + sk + "'}");
        if (status != null) {
            item.append(",'status':{'S':'").append(status).append("'}");
        }
        if (created != null) {
            item.append(",'created':{'N':'").append(created).append("'}");
        }
        if (customer != null) {
            item.append(",'customer':{'S':'").append(customer).append("'}");
        }
        if (total != null) {
            item.append(",'total':{'N':'").append(total).append("'}");
        }
        item.append(",'note':{'S':'n-").append(sk).append("'},'secret':{'S':'s-").append(sk).append("'}}");
        dynamo.call("PutItem", "{'TableName':'orders','Item':" + item + "}");
    }
}
